package org.dlf.training;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Exposes the executor's load at /actuator/metrics: running trainings, slices waiting for a thread, and paced
 * runs waiting for their next step.
 */
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
        Gauge.builder("dlf.training.waiting", executor, TrainingExecutor::waitingCount)
                .description("Paced training runs waiting, without a thread, for the time of their next step")
                .register(registry);
    }
}
