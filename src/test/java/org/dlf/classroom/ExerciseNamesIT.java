package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.content.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Titles and mistakes in words come from the exercise manifests, in the asked language. */
@SpringBootTest
class ExerciseNamesIT {

    @Autowired
    ExerciseNames names;

    @Test
    void exercises_and_mistakes_are_named_in_the_ui_language_and_unknown_ids_stay_as_they_are() {
        assertThat(names.title("backward-de-dw5", Language.EN)).isEqualTo("The gradient ∂E/∂w₅");
        assertThat(names.title("backward-de-dw5", Language.ZH)).isEqualTo("梯度 ∂E/∂w₅");
        assertThat(names.mistake("forward-e-total", "missing-half", Language.EN))
                .isEqualTo("Left out the factor ½");
        assertThat(names.mistake("forward-e-total", "missing-half", Language.ZH))
                .isEqualTo("漏掉系数 ½");
        assertThat(names.mistakeExplained("forward-e-total", "missing-half", Language.EN))
                .startsWith("Your result is exactly twice the correct value");
        assertThat(names.title("retired-exercise", Language.ZH)).isEqualTo("retired-exercise");
        assertThat(names.mistake("forward-e-total", "retired-mistake", Language.ZH))
                .isEqualTo("retired-mistake");
    }
}
