package org.dlf.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every widget whose parameters a teacher may lock, by name (the widget factories that declare some). */
@Component
public class LockableWidgets {

    private final List<LockableWidget> widgets;

    public LockableWidgets(List<LockableWidget> widgets) {
        this.widgets = widgets.stream()
                .filter(w -> !w.lockable().isEmpty())
                .sorted(Comparator.comparing(LockableWidget::name))
                .toList();
    }

    public List<LockableWidget> all() {
        return widgets;
    }

    /** The widget of this name, if it declares lockable parameters. */
    public Optional<LockableWidget> widget(String name) {
        return widgets.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public Optional<LockableParameter> parameter(String widget, String name) {
        return widgets.stream()
                .filter(w -> w.name().equals(widget))
                .flatMap(w -> w.lockable().stream())
                .filter(p -> p.name().equals(name))
                .findFirst();
    }
}
