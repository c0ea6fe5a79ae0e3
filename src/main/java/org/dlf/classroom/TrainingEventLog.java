package org.dlf.classroom;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dlf.training.TrainingDiverged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records class members' diverged training runs for the dashboard; anonymous learners' runs are not kept. */
@Component
class TrainingEventLog {

    private static final int MAX_TEXT = 40;

    private final JdbcClient jdbc;
    private final ClassroomActivity activity;

    TrainingEventLog(JdbcClient jdbc, ClassroomActivity activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    @EventListener
    void on(TrainingDiverged event) {
        int rows = jdbc.sql("INSERT INTO training_event (learner_id, kind, widget, dataset, epoch, occurred_at)"
                        + " SELECT :learner, 'DIVERGED', :widget, :dataset, :epoch, :at"
                        + " WHERE EXISTS (SELECT 1 FROM class_member WHERE learner_id = :learner)")
                .param("learner", event.learner())
                .param("widget", clip(event.widget()))
                .param("dataset", clip(event.dataset()))
                .param("epoch", event.epoch())
                .param("at", OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .update();
        if (rows > 0) activity.changed();
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
