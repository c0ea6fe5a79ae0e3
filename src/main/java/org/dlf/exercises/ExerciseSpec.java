package org.dlf.exercises;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One exercise as its manifest defines it. Which fields are set depends on the type: choices and
 * ordering use {@code options}; classification adds {@code categories}; numeric has a fixed
 * {@code answer}, a {@code compute} name (the engine computes the answer) or a {@code check} name (the engine
 * judges the learner's number by running with it); train-goal has {@code widget} and {@code goal}.
 *
 * @param chapter the chapter's slug (the manifest file name without {@code NN-})
 * @param answer  the expected answer in its parsed form: a String (single), a List of ids (multiple,
 *                ordering), a Map item → category (classification), a Double (fixed numeric), or null
 */
public record ExerciseSpec(
        String id,
        String chapter,
        ExerciseType type,
        Text title,
        Text prompt,
        List<Option> options,
        List<Option> categories,
        @Nullable Object answer,
        @Nullable Computation compute,
        @Nullable Check check,
        boolean learnerVariant,
        double tolerance,
        List<Mistake> mistakes,
        List<Text> hints,
        Text explanation,
        @Nullable String widget,
        Map<String, Object> goal) {

    /** A choice, an item to order or classify, or a category. */
    public record Option(String id, Text text) {}

    /**
     * A known wrong answer the checker recognises by its (engine-computed) value: what to say to the learner
     * ({@code text}) and a short {@code label} naming it for the teacher.
     */
    public record Mistake(String name, Text text, Text label) {}

    public @Nullable Mistake mistake(String name) {
        return mistakes.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
