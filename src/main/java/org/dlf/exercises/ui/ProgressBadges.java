package org.dlf.exercises.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.dlf.base.ui.ChapterProgress;
import org.dlf.base.ui.TextMarkup;
import org.dlf.exercises.ExerciseService;
import org.jspecify.annotations.Nullable;

/** "✓ 2/5" badges for the navigation and the home page's chapter cards. */
@org.springframework.stereotype.Component
class ProgressBadges implements ChapterProgress {

    private final ExerciseService exercises;

    ProgressBadges(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public Component badge(String chapterSlug) {
        return new Badge(exercises, chapterSlug);
    }

    @StyleSheet("styles/widgets/exercises.css")
    private static final class Badge extends Span {
        private final ExerciseService exercises;
        private final String slug;
        private @Nullable Registration listener;

        Badge(ExerciseService exercises, String slug) {
            this.exercises = exercises;
            this.slug = slug;
            addClassName("progress-badge");
            setId("progress-" + slug);
        }

        @Override
        protected void onAttach(AttachEvent event) {
            refresh();
            listener = ComponentUtil.addListener(event.getUI(), ProgressChangedEvent.class, e -> refresh());
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (listener != null) listener.remove();
        }

        private void refresh() {
            ExerciseService.Tally t = exercises.tally(LearnerCookie.current(), slug);
            setVisible(t.total() > 0);
            TextMarkup.set(this, (t.solved() == t.total() && t.total() > 0 ? "✓ " : "") + t.solved() + "/" + t.total());
            setClassName("complete", t.solved() == t.total());
            getElement().setAttribute("aria-label", getTranslation("exercises.badge.label", t.solved(), t.total()));
            getElement().setAttribute("title", getTranslation("exercises.badge.label", t.solved(), t.total()));
        }
    }
}
