package org.dlf.training;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What trainer widgets tell the rest of the application about a learner's runs. */
@Component
public class TrainingEvents {

    /** The session attribute that holds the learner id (set by exercises.ui.LearnerCookie). */
    private static final String LEARNER = "dlf.learner";

    private final ApplicationEventPublisher publisher;

    TrainingEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * The current learner's run in {@code widget} diverged in {@code epoch}. Call it once per divergence, with
     * the session locked (on a request thread or inside {@code ui.access}).
     */
    public void diverged(String widget, String dataset, int epoch) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LEARNER) instanceof UUID learner) {
            publisher.publishEvent(new TrainingDiverged(learner, widget, dataset, epoch, Instant.now()));
        }
    }
}
