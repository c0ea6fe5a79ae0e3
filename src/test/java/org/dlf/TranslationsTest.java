package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every UI string exists in both languages, keys are unique across bundles, and none is left empty. */
class TranslationsTest {

    private static Map<String, Properties> bundles(String language) throws IOException {
        Map<String, Properties> result = new HashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*_" + language + ".properties")) {
            Properties p = new Properties();
            try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            result.put(r.getFilename().replace("_" + language + ".properties", ""), p);
        }
        return result;
    }

    @Test
    void every_key_exists_in_chinese_and_english() throws IOException {
        Map<String, Properties> zh = bundles("zh");
        Map<String, Properties> en = bundles("en");
        assertThat(zh.keySet()).isEqualTo(en.keySet()).isNotEmpty();
        for (String bundle : zh.keySet()) {
            assertThat(zh.get(bundle).stringPropertyNames())
                    .as(bundle)
                    .isEqualTo(en.get(bundle).stringPropertyNames());
        }
    }

    @Test
    void keys_are_unique_across_bundles_and_values_are_not_blank() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (var entry : bundles("zh").entrySet()) {
            for (String key : entry.getValue().stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("key %s in %s is also in another bundle", key, entry.getKey())
                        .isTrue();
                assertThat(entry.getValue().getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void chinese_strings_are_translated_not_copied() throws IOException {
        Map<String, Properties> zh = bundles("zh");
        Map<String, Properties> en = bundles("en");
        for (String bundle : zh.keySet()) {
            for (String key : zh.get(bundle).stringPropertyNames()) {
                String chinese = zh.get(bundle).getProperty(key);
                boolean hasLetters = en.get(bundle).getProperty(key).matches(".*[a-zA-Z]{4,}.*[a-zA-Z]{4,}.*");
                if (hasLetters && chinese.equals(en.get(bundle).getProperty(key))) {
                    assertThat(chinese).as("%s is identical in zh and en", key).matches(".*\\p{IsHan}.*");
                }
            }
        }
    }

    @Test
    void no_message_names_an_internal_enum_constant() {
        for (String language : new String[] {"zh", "en"}) {
            TestTranslations tr = new TestTranslations(language);
            for (String key : tr.all().stringPropertyNames()) {
                assertThat(TestTranslations.internalNamesIn(tr.all().getProperty(key)))
                        .as("%s (%s)", key, language)
                        .isEmpty();
            }
        }
    }
}
