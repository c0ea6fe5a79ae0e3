package org.dlf;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dlf.chapters.mlp.MlpData;
import org.dlf.chapters.mlp.MlpSettings;
import org.dlf.chapters.perceptron.PerceptronOutcome;
import org.dlf.chapters.perceptron.PerceptronPoints;
import org.dlf.engine.Activation;
import org.dlf.engine.LearningRateWatch;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingSpeed;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every bundle of one language, formatted as the app's I18N provider does, for tests of the sentences the
 * widgets build; and the internal names no sentence may show.
 */
public final class TestTranslations {

    /**
     * Enum constants the engine and widgets use internally. XOR, AND, OR and NAND are also what the widgets
     * show (their labels are the same words), so they are not on the list.
     */
    public static final Set<String> INTERNAL_NAMES = Set.of(
                    MlpData.Choice.values(),
                    PerceptronPoints.Choice.values(),
                    Activation.values(),
                    MlpSettings.Start.values(),
                    TrainingSpeed.values(),
                    StopReason.values(),
                    LearningRateWatch.Sign.values(),
                    PerceptronOutcome.values())
            .stream()
            .flatMap(java.util.Arrays::stream)
            .map(Enum::name)
            .filter(n -> !Set.of("XOR", "AND", "OR", "NAND").contains(n))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern INTERNAL = Pattern.compile("\\b(" + String.join("|", INTERNAL_NAMES) + ")\\b");

    private final Properties messages = new Properties();
    private final Locale locale;

    public TestTranslations(String language) {
        locale = Locale.forLanguageTag(language);
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties")) {
                try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message, formatted; a missing key fails the test. */
    public String t(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no message " + key + " for " + locale);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Properties all() {
        return messages;
    }

    /** The internal names {@code text} shows, if any (empty: fine to show to a learner). */
    public static Set<String> internalNamesIn(String text) {
        return INTERNAL.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
