package org.dlf.exercises;

import java.util.Optional;

/** The kinds of exercise a manifest may declare, by their YAML names. */
public enum ExerciseType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    CLASSIFICATION("classification"),
    TRAIN_GOAL("train-goal");

    private final String yamlName;

    ExerciseType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<ExerciseType> of(String name) {
        for (ExerciseType t : values()) {
            if (t.yamlName.equals(name)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
