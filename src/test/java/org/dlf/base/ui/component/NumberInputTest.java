package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NumberInputTest {

    private final NumberInput rate = new NumberInput();
    private final IntegerInput layers = new IntegerInput();
    private final List<String> events = new ArrayList<>();

    NumberInputTest() {
        rate.setMin(0.001);
        rate.setMax(10);
        rate.setValue(0.1);
        layers.setMin(1);
        layers.setMax(4);
        layers.setValue(2);
        rate.addValueChangeListener(
                e -> events.add(e.getOldValue() + "→" + e.getValue() + (e.isFromClient() ? " client" : "")));
        layers.addValueChangeListener(
                e -> events.add(e.getOldValue() + "→" + e.getValue() + (e.isFromClient() ? " client" : "")));
    }

    /** What Flow does with the change event from the browser: the value property as the client sent it. */
    private static void fromClient(AbstractNumberInput<?, ?> input, Serializable value) throws Exception {
        input.getElement()
                .getNode()
                .getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("value", value)
                .run();
    }

    private static String shown(AbstractNumberInput<?, ?> input) {
        return input.getElement().getProperty("value");
    }

    @Test
    void the_browser_is_shown_numbers_plainly() {
        assertThat(shown(rate)).isEqualTo("0.1");
        assertThat(shown(layers)).isEqualTo("2");
        rate.setValue(3.0);
        assertThat(shown(rate)).isEqualTo("3");
        rate.clear();
        assertThat(shown(rate)).isEmpty();
        assertThat(rate.getValue()).isNull();
    }

    @Test
    void a_number_from_the_browser_is_the_value_with_a_client_event() throws Exception {
        fromClient(rate, "0.25");
        fromClient(layers, "3");
        assertThat(rate.getValue()).isEqualTo(0.25);
        assertThat(layers.getValue()).isEqualTo(3);
        assertThat(events).containsExactly("0.1→0.25 client", "2→3 client");
        assertThat(rate.isInvalid()).isFalse();
    }

    @Test
    void an_empty_field_is_null_so_that_the_widget_can_ask_for_a_value() throws Exception {
        fromClient(rate, "");
        assertThat(rate.getValue()).isNull();
        assertThat(events).containsExactly("0.1→null client");
    }

    @Test
    void a_number_out_of_range_is_taken_for_the_model_to_refuse_and_marked_invalid() throws Exception {
        fromClient(rate, "99");
        assertThat(rate.getValue()).isEqualTo(99.0);
        assertThat(rate.isInvalid()).isTrue();
        assertThat(events).containsExactly("0.1→99.0 client");
        rate.setValue(0.1); // the widget puts the model's value back
        assertThat(rate.isInvalid()).isFalse();
        fromClient(layers, "0");
        assertThat(layers.isInvalid()).isTrue();
        fromClient(layers, "4");
        assertThat(layers.isInvalid()).isFalse();
    }

    @Test
    void a_text_no_browser_sends_is_refused_and_the_browser_is_shown_the_value_again() throws Exception {
        for (String forged : new String[] {"abc", "1e999", "NaN", "Infinity", "0x10", " 1", "1,5"}) {
            fromClient(rate, forged);
            assertThat(rate.getValue()).as(forged).isEqualTo(0.1);
            assertThat(shown(rate)).as(forged).isEqualTo("0.1");
        }
        fromClient(rate, Boolean.TRUE);
        assertThat(rate.getValue()).isEqualTo(0.1);
        fromClient(layers, "2.5");
        fromClient(layers, "1e1");
        fromClient(layers, "3000000000");
        assertThat(layers.getValue()).isEqualTo(2);
        assertThat(shown(layers)).isEqualTo("2");
        assertThat(events).isEmpty();
    }

    @Test
    void minus_zero_from_the_browser_is_zero() throws Exception {
        rate.setMin(-1);
        fromClient(rate, "-0");
        assertThat(Double.doubleToRawLongBits(rate.getValue())).isZero();
        assertThat(shown(rate)).isEqualTo("-0"); // as the learner typed it; the value is 0
        rate.setValue(-0.0);
        assertThat(shown(rate)).isEqualTo("0");
    }

    @Test
    void read_only_refuses_the_browsers_change() throws Exception {
        rate.setReadOnly(true);
        fromClient(rate, "0.5");
        assertThat(rate.getValue()).isEqualTo(0.1);
        assertThat(shown(rate)).isEqualTo("0.1");
        assertThat(events).isEmpty();
        rate.setValue(0.2); // the server itself may still change it
        assertThat(shown(rate)).isEqualTo("0.2");
    }

    @Test
    void the_server_cannot_set_a_number_that_is_not_finite() {
        assertThatThrownBy(() -> rate.setValue(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rate.setValue(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rate.getValue()).isEqualTo(0.1);
        assertThat(shown(rate)).isEqualTo("0.1");
        assertThatThrownBy(() -> rate.setStep(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void label_range_step_buttons_and_helper_are_properties_of_the_one_element() {
        layers.setLabel("Hidden layers");
        layers.setStepButtonsVisible(true);
        layers.setHelperText("Set by your teacher");
        rate.setStep(0.05);
        assertThat(layers.getElement().getProperty("label")).isEqualTo("Hidden layers");
        assertThat(layers.getElement().getProperty("min", 0.0)).isEqualTo(1.0);
        assertThat(layers.getElement().getProperty("max", 0.0)).isEqualTo(4.0);
        assertThat(layers.isStepButtonsVisible()).isTrue();
        assertThat(layers.getElement().getProperty("stepButtonsVisible", false)).isTrue();
        assertThat(rate.getElement().getProperty("step", 0.0)).isEqualTo(0.05);
        assertThat(rate.getElement().getProperty("manualValidation", false)).isTrue();
        assertThat(layers.getElement().getTag()).isEqualTo("vaadin-integer-field");
        assertThat(rate.getElement().getTag()).isEqualTo("vaadin-number-field");
    }

    @Test
    void one_input_is_one_state_node_with_one_dom_listener_that_syncs_only_the_value_on_change() {
        for (AbstractNumberInput<?, ?> input : List.<AbstractNumberInput<?, ?>>of(rate, layers)) {
            input.setLabel("x");
            input.setHelperText("help");
            input.setWidth("8em");
            input.setId("x");
            assertThat(nodes(input.getElement().getNode())).isEqualTo(1);
            ElementListenerMap listeners = input.getElement().getNode().getFeature(ElementListenerMap.class);
            assertThat(listeners.getExpressions("change")).containsExactly("}value");
            assertThat(listeners.getExpressions("value-changed")).isEmpty();
            assertThat(listeners.getExpressions("input")).isEmpty();
            assertThat(listeners.getExpressions("unparsable-change")).isEmpty();
            assertThat(listeners.getExpressions("validated")).isEmpty();
            assertThat(listeners.getExpressions("has-input-value-changed")).isEmpty();
        }
    }

    @Test
    void an_input_locked_by_the_teacher_is_read_only_and_only_its_note_adds_nodes() throws Exception {
        org.dlf.chapters.LockedField.mark(rate);
        assertThat(rate.isReadOnly()).isTrue();
        assertThat(rate.getElement().getProperty("readonly", false)).isTrue();
        assertThat(nodes(rate.getElement().getNode())).isEqualTo(4);
        fromClient(rate, "0.5");
        assertThat(rate.getValue()).isEqualTo(0.1);
    }

    private static int nodes(StateNode root) {
        AtomicInteger n = new AtomicInteger();
        root.visitNodeTree(x -> n.incrementAndGet());
        return n.get();
    }
}
