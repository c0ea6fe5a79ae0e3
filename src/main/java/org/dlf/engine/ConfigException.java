package org.dlf.engine;

import java.util.List;

/** Thrown by {@link TrainingConfig#validated()}; carries every violation. */
public final class ConfigException extends IllegalArgumentException {
    private final transient List<ConfigViolation> violations;

    public ConfigException(List<ConfigViolation> violations) {
        super(String.join(
                "; ", violations.stream().map(ConfigViolation::englishMessage).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<ConfigViolation> violations() {
        return violations;
    }
}
