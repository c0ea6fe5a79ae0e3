package org.dlf.training;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Exposes the executor's load at /actuator/metrics: running trainings and slices waiting for a thread. */
@Component
class TrainingMetrics implements MeterBinder {

    private final TrainingExecutor executor;

    TrainingMetrics(TrainingExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dlf.training.running", executor, TrainingExecutor::runningCount)
                .description("Training runs started and not yet stopped, all sessions together")
                .register(registry);
        Gauge.builder("dlf.training.queue", executor, TrainingExecutor::queueLength)
                .description("Training slices waiting for an executor thread")
                .register(registry);
    }
}
