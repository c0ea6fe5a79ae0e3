package org.dlf.chapters.mlp;

import java.time.Instant;
import java.util.UUID;
import org.dlf.engine.TrainingOutcome;
import org.dlf.training.TrainingDiverged;
import org.dlf.training.TrainingSnapshots;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the rest of the server what the learner's MLP has reached: the train-goal board (read by exercises,
 * never sent to the browser) after every frame and reset, and a {@link TrainingDiverged} event, once per
 * divergence, for the teacher's dashboard. Thread-safe: frames are made on the training executor's threads.
 */
final class MlpReports {

    private final MlpTrainerModel model;
    private final TrainingSnapshots board;
    private final ApplicationEventPublisher events;
    /** The divergence last published (each is published once). */
    private TrainingOutcome.Divergence reported;

    MlpReports(MlpTrainerModel model, TrainingSnapshots board, ApplicationEventPublisher events) {
        this.model = model;
        this.board = board;
        this.events = events;
    }

    /** The model's state now, on the train-goal board. */
    void reached() {
        board.publish(model.trainingSnapshot(Instant.now()));
    }

    /** A run ended: a divergence not yet reported is published for {@code learner}. */
    synchronized void ended(UUID learner) {
        TrainingOutcome.Divergence d = model.divergence();
        if (d != null && d != reported) {
            reported = d;
            events.publishEvent(new TrainingDiverged(
                    learner, MlpTrainerModel.WIDGET, model.data().choice().name(), d.epoch(), Instant.now()));
        }
    }
}
