package org.dlf.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.dlf.content.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string of the UI. Each feature keeps its own bundle pair under {@code i18n/}
 * ({@code NAME_zh.properties}, {@code NAME_en.properties}); keys are unique across bundles.
 */
@Component
public class CourseI18NProvider implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CourseI18NProvider.class);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    public CourseI18NProvider() {
        this.bundles = bundleNames();
    }

    static List<String> bundleNames() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties")) {
                String file = r.getFilename();
                if (file != null) {
                    names.add("i18n." + file.substring(0, file.length() - "_en.properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.ZH.locale(), Language.EN.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale == null ? Language.ZH.locale() : locale);
        for (String bundle : bundles) {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, language.locale(), NO_FALLBACK);
            if (resources.containsKey(key)) {
                String pattern = resources.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
            }
        }
        LOG.warn("Missing translation '{}' for {}", key, language);
        return "!" + key;
    }
}
