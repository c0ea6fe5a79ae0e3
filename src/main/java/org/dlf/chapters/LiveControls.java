package org.dlf.chapters;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.base.ui.component.Numbers;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.training.TrainingSpeed;

/**
 * The controls every live trainer shares: Play/Pause, the speed (each speed's rate shown in the trainer's
 * unit), and a counter of what has been trained; the trainer adds its own buttons (Step, Reset …) after Play.
 * Ids: {@code PREFIX-run}, {@code PREFIX-speed}, {@code PREFIX-counter}. Texts from the {@code training}
 * bundle; the unit is the trainer's key, e.g. {@code mlp.speed-unit} ("epochs/s").
 */
public class LiveControls extends Composite<Div> {

    private final Button play = new Button();
    private final ItemSelect<TrainingSpeed> speed = new ItemSelect<>();
    private final Span counter = new Span();
    private final Div buttons = new Div();
    private final TrainingSpeed.Rates rates;
    private final String unitKey;
    private boolean running;

    public LiveControls(
            String idPrefix,
            TrainingSpeed.Rates rates,
            TrainingSpeed initial,
            String unitKey,
            Runnable playOrPause,
            Consumer<TrainingSpeed> speedChanged) {
        this.rates = rates;
        this.unitKey = unitKey;
        play.setId(idPrefix + "-run");
        play.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(play, playOrPause);
        speed.setId(idPrefix + "-speed");
        speed.setItems(TrainingSpeed.values());
        speed.setValue(initial);
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                speedChanged.accept(e.getValue());
            }
        });
        counter.setId(idPrefix + "-counter");
        counter.addClassName("training-counter");
        counter.getElement().setAttribute("aria-live", "off");
        buttons.addClassName("training-buttons");
        buttons.add(play);
        Div bar = new Div(buttons, speed, counter);
        bar.addClassName("training-bar");
        getContent().add(bar);
    }

    /** The trainer's own buttons, after Play. */
    public void addButtons(Component... extra) {
        buttons.add(extra);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        speed.setLabel(getTranslation("training.speed"));
        String unit = getTranslation(unitKey);
        speed.setItemLabelGenerator(s -> s == TrainingSpeed.FASTEST
                ? getTranslation("training.speed.fastest")
                : getTranslation(
                        "training.speed." + s.name().toLowerCase(Locale.ROOT),
                        Numbers.significant(rates.unitsPerSecond(s), 3),
                        unit));
        showRunning(running);
    }

    /** Play or Pause on the button. */
    public void showRunning(boolean running) {
        this.running = running;
        TextMarkup.set(play, getTranslation(running ? "training.pause" : "training.play"));
    }

    public void setCounter(String text) {
        TextMarkup.set(counter, text);
    }

    public TrainingSpeed speed() {
        TrainingSpeed s = speed.getValue();
        return s == null ? TrainingSpeed.NORMAL : s;
    }

    public void setSpeed(TrainingSpeed s) {
        speed.setValue(s);
    }

    /** The chosen speed's units a second (0 = as fast as possible). */
    public double unitsPerSecond() {
        return rates.unitsPerSecond(speed());
    }
}
