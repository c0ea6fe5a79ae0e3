package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

class ItemChoiceGroupsTest {

    private final ItemRadioGroup<String> radio = new ItemRadioGroup<>();
    private final ItemCheckboxGroup<String> boxes = new ItemCheckboxGroup<>();
    private final List<String> events = new ArrayList<>();

    ItemChoiceGroupsTest() {
        radio.setItems("alpha", "beta", "gamma");
        radio.setItemLabelGenerator(s -> s.toUpperCase() + " <b>&</b>");
        radio.addValueChangeListener(e -> events.add("radio " + e.getValue() + (e.isFromClient() ? " client" : "")));
        boxes.setItems("alpha", "beta", "gamma");
        boxes.addValueChangeListener(
                e -> events.add("boxes " + e.getValue().size() + (e.isFromClient() ? " client" : "")));
    }

    private static void fromClient(Component c, Serializable value) throws Exception {
        c.getElement()
                .getNode()
                .getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("value", value)
                .run();
    }

    private static ArrayNode keys(String... keys) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String k : keys) array.add(k);
        return array;
    }

    @Test
    void options_are_escaped_markup_known_by_position_and_the_group_is_one_state_node() {
        assertThat(ChoiceMarkup.of("vaadin-radio-button", radio.getItems(), s -> s.toUpperCase() + " <b>&</b>")
                        .html())
                .isEqualTo(
                        "<vaadin-radio-button value=\"0\" label=\"ALPHA &lt;b&gt;&amp;&lt;/b&gt;\"></vaadin-radio-button>"
                                + "<vaadin-radio-button value=\"1\" label=\"BETA &lt;b&gt;&amp;&lt;/b&gt;\"></vaadin-radio-button>"
                                + "<vaadin-radio-button value=\"2\" label=\"GAMMA &lt;b&gt;&amp;&lt;/b&gt;\"></vaadin-radio-button>");
        assertThat(radio.getElement().getChildCount()).isZero();
        assertThat(boxes.getElement().getChildCount()).isZero();
    }

    @Test
    void options_never_go_through_inner_html_so_a_helper_component_survives_new_labels() {
        // innerHTML would delete the group's Flow children in the browser (the lock note of a locked group)
        radio.setHelperComponent(new Span("Set by your teacher"));
        radio.setItemLabelGenerator(String::toUpperCase);
        boxes.setHelperComponent(new Span("note"));
        boxes.setItems("alpha", "beta");
        assertThat(radio.getElement().hasProperty("innerHTML")).isFalse();
        assertThat(boxes.getElement().hasProperty("innerHTML")).isFalse();
        assertThat(radio.getElement().getChildCount()).isEqualTo(1);
        assertThat(boxes.getElement().getChildCount()).isEqualTo(1);
    }

    @Test
    void a_radio_key_from_the_browser_chooses_its_item_and_a_forged_key_changes_nothing() throws Exception {
        fromClient(radio, "1");
        assertThat(radio.getValue()).isEqualTo("beta");

        for (String forged : new String[] {"3", "", "beta", "01", "<script>"}) {
            fromClient(radio, forged);
            assertThat(radio.getValue()).isEqualTo("beta");
            assertThat(radio.getElement().getProperty("value")).isEqualTo("1");
        }
        assertThat(events).containsExactly("radio beta client");
    }

    @Test
    void checked_keys_from_the_browser_choose_their_items_and_a_forged_array_changes_nothing() throws Exception {
        fromClient(boxes, keys("2", "0"));
        assertThat(boxes.getValue()).containsExactlyInAnyOrder("alpha", "gamma");

        fromClient(boxes, keys("0", "7"));
        fromClient(boxes, keys("0", "1", "2", "0"));
        fromClient(boxes, "0");
        assertThat(boxes.getValue()).containsExactlyInAnyOrder("alpha", "gamma");
        assertThat(boxes.getElement().getPropertyRaw("value").toString()).isEqualTo("[\"0\",\"2\"]");

        fromClient(boxes, keys());
        assertThat(boxes.getValue()).isEmpty();
        assertThat(events).containsExactly("boxes 2 client", "boxes 0 client");
    }

    @Test
    void read_only_groups_refuse_the_browsers_changes() throws Exception {
        radio.setValue("alpha");
        boxes.setValue(Set.of("beta"));
        radio.setReadOnly(true);
        boxes.setReadOnly(true);

        fromClient(radio, "2");
        fromClient(boxes, keys("0"));

        assertThat(radio.getValue()).isEqualTo("alpha");
        assertThat(boxes.getValue()).containsExactly("beta");
    }
}
