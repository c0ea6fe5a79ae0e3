package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.chapters.stepper.StepTex;

/**
 * A toggle that puts the source's 0.291027924 next to the correct 0.291027774 and explains the difference:
 * the hidden δ computed through the already-updated output weights. Both numbers come from the engine.
 */
class MistakeNote extends Composite<Div> {

    MistakeNote(BackpropStepperModel.Mistake mistake) {
        Checkbox toggle = new Checkbox();
        toggle.setId("backprop-mistake-toggle");
        Div body = new Div();
        body.setId("backprop-mistake");
        body.addClassName("mistake-body");
        body.setVisible(false);
        Paragraph values = new Paragraph();
        values.setId("backprop-mistake-values");
        Paragraph why = new Paragraph();
        Paragraph correctLabel = new Paragraph();
        Paragraph wrongLabel = new Paragraph();
        body.add(
                values,
                why,
                correctLabel,
                new MathFormula(StepTex.aligned(mistake.correctTex()), true),
                wrongLabel,
                new MathFormula(StepTex.aligned(mistake.mistakeTex()), true));
        toggle.addValueChangeListener(e -> body.setVisible(e.getValue()));
        getContent().addClassName("mistake-note");
        getContent().add(toggle, body);
        addAttachListener(e -> {
            toggle.setLabel(getTranslation("backprop.mistake.toggle", StepTex.text(mistake.mistakeLoss())));
            values.setText(getTranslation(
                    "backprop.mistake.values",
                    StepTex.text(mistake.correctLoss()),
                    StepTex.text(mistake.mistakeLoss())));
            why.setText(getTranslation("backprop.mistake.why"));
            correctLabel.setText(getTranslation("backprop.mistake.correct"));
            wrongLabel.setText(getTranslation("backprop.mistake.wrong"));
        });
    }
}
