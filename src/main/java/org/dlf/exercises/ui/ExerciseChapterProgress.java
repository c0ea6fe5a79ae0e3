package org.dlf.exercises.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.base.ui.view.ChapterProgress;
import org.dlf.exercises.ExerciseService;

/** The visitor's solved/total exercises per chapter for the navigation's and the home page's badges. */
@org.springframework.stereotype.Component
class ExerciseChapterProgress implements ChapterProgress {

    private final ExerciseService exercises;

    ExerciseChapterProgress(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public Map<String, Tally> tallies(List<String> chapterSlugs) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        exercises
                .tallies(LearnerCookie.current(), chapterSlugs)
                .forEach((slug, t) -> tallies.put(slug, new Tally(t.solved(), t.total())));
        return tallies;
    }

    @Override
    public Registration addChangeListener(UI ui, Runnable listener) {
        return ComponentUtil.addListener(ui, ProgressChangedEvent.class, e -> listener.run());
    }
}
