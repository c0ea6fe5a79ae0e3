package org.dlf.engine;

import java.util.List;

/**
 * A refused value: thrown by {@link TrainingConfig#validated()} with every violation, and by the
 * engine's public methods with the one argument they refuse. The message is English for developers;
 * a UI translates the {@link #violations()} (machine keys and arguments) instead.
 */
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
