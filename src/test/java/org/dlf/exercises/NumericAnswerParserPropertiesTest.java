package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property-based: no input, however odd, makes the parser or the numeric checker throw (QuickTheories). */
class NumericAnswerParserPropertiesTest {

    private static final ExerciseSpec W1 = ManifestFixture.spec("backward-w1-new");
    private static final NumericTarget TARGET =
            Computations.evaluate(Computation.BACKWARD_W1_NEW, Variant.example(Computation.BACKWARD_W1_NEW));

    /** Strings made of the characters that matter to a number parser, full-width and look-alikes included. */
    private static Gen<String> numberLike() {
        List<Character> alphabet = "0123456789.,eE+-−０１２．， \t\u3000xXabcdfNnIiaty∞"
                .chars()
                .mapToObj(c -> (char) c)
                .toList();
        return lists().of(Generate.pick(alphabet))
                .ofSizeBetween(0, 45)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static void parsesOrRejectsQuietly(String input) {
        NumericAnswerParser.Result result = NumericAnswerParser.parse(input);
        if (result instanceof NumericAnswerParser.Accepted a) {
            assertThat(a.value()).isFinite();
        }
        assertThat(AnswerChecker.numeric(W1, TARGET, input).code()).isNotBlank();
        assertThat(new Answer.Number(input).key()).isNotNull();
    }

    @Test
    void any_string_is_parsed_or_rejected_without_an_exception() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 250))
                .checkAssert(NumericAnswerParserPropertiesTest::parsesOrRejectsQuietly);
        qt().withExamples(2000)
                .forAll(numberLike())
                .checkAssert(NumericAnswerParserPropertiesTest::parsesOrRejectsQuietly);
    }

    @Test
    void every_finite_double_written_by_java_is_read_back() {
        qt().withExamples(1000).forAll(doubles().between(-1e6, 1e6)).checkAssert(value -> {
            String text = Double.toString(value).replace("E", "e");
            assertThat(NumericAnswerParser.parse(text))
                    .isEqualTo(new NumericAnswerParser.Accepted(value == 0 ? 0.0 : value));
        });
    }

    @Test
    void a_decimal_comma_means_the_same_as_a_decimal_point() {
        qt().withExamples(1000).forAll(doubles().between(0, 999)).checkAssert(value -> {
            String dot = String.format(Locale.ROOT, "%.6f", value);
            assertThat(NumericAnswerParser.parse(dot.replace('.', ','))).isEqualTo(NumericAnswerParser.parse(dot));
        });
    }
}
