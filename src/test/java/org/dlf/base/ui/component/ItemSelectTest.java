package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ItemSelectTest {

    enum Speed {
        SLOW,
        FAST
    }

    private final ItemSelect<Speed> select = new ItemSelect<>();
    private final List<String> events = new ArrayList<>();

    ItemSelectTest() {
        select.setItems(Speed.values());
        select.setItemLabelGenerator(s -> s == Speed.SLOW ? "Slow" : "Fast");
        select.addValueChangeListener(
                e -> events.add(e.getOldValue() + "→" + e.getValue() + (e.isFromClient() ? " client" : "")));
    }

    /** What Flow does with a value-changed event from the browser: the property as the client sent it. */
    private void fromClient(Serializable value) throws Exception {
        select.getElement()
                .getNode()
                .getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("value", value)
                .run();
    }

    private String valueProperty() {
        return select.getElement().getProperty("value");
    }

    @Test
    void items_go_to_the_browser_as_label_and_key_never_the_label_as_key() {
        JsonNode items = (JsonNode) select.getElement().getPropertyRaw("items");
        assertThat(items.toString())
                .isEqualTo("[{\"label\":\"Slow\",\"value\":\"0\"},{\"label\":\"Fast\",\"value\":\"1\"}]");
        select.setValue(Speed.FAST);
        assertThat(valueProperty()).isEqualTo("1");
        select.clear();
        assertThat(valueProperty()).isEmpty();
    }

    @Test
    void a_key_from_the_browser_selects_its_item_with_a_client_event() throws Exception {
        fromClient("1");
        assertThat(select.getValue()).isEqualTo(Speed.FAST);
        assertThat(events).containsExactly("null→FAST client");
        fromClient("0");
        assertThat(select.getValue()).isEqualTo(Speed.SLOW);
    }

    @Test
    void an_unknown_key_is_ignored_and_the_browser_is_shown_the_servers_value_again() throws Exception {
        select.setValue(Speed.SLOW);
        events.clear();
        for (String forged : new String[] {"99", "", "<script>", "Fast", "-1", "01", "1.0", " 1", "2"}) {
            fromClient(forged);
            assertThat(select.getValue()).as(forged).isEqualTo(Speed.SLOW);
            assertThat(valueProperty()).as(forged).isEqualTo("0");
        }
        fromClient(Boolean.TRUE);
        assertThat(select.getValue()).isEqualTo(Speed.SLOW);
        assertThat(events).isEmpty();
    }

    @Test
    void read_only_refuses_the_browsers_change() throws Exception {
        select.setValue(Speed.SLOW);
        select.setReadOnly(true);
        events.clear();
        fromClient("1");
        assertThat(select.getValue()).isEqualTo(Speed.SLOW);
        assertThat(valueProperty()).isEqualTo("0");
        assertThat(events).isEmpty();
        select.setValue(Speed.FAST); // the server itself may still change it
        assertThat(valueProperty()).isEqualTo("1");
    }

    @Test
    void labels_are_rendered_again_when_the_generator_changes_and_the_keys_stay() {
        select.setValue(Speed.FAST);
        select.setItemLabelGenerator(s -> s == Speed.SLOW ? "慢" : "快");
        assertThat(select.getElement().getPropertyRaw("items").toString())
                .isEqualTo("[{\"label\":\"慢\",\"value\":\"0\"},{\"label\":\"快\",\"value\":\"1\"}]");
        assertThat(select.getValue()).isEqualTo(Speed.FAST);
        assertThat(valueProperty()).isEqualTo("1");
    }

    @Test
    void null_is_the_empty_value_shown_with_the_placeholder() throws Exception {
        select.setPlaceholder("Choose");
        assertThat(select.getValue()).isNull();
        assertThat(select.isEmpty()).isTrue();
        assertThat(valueProperty()).isEmpty();
        assertThat(select.getElement().getProperty("placeholder")).isEqualTo("Choose");
        fromClient("1");
        fromClient(""); // without an empty option the browser cannot empty it again
        assertThat(select.getValue()).isEqualTo(Speed.FAST);
    }

    @Test
    void an_offered_empty_option_comes_first_is_chosen_while_empty_and_empties_the_value() throws Exception {
        select.setEmptySelectionCaption("All");
        assertThat(select.getElement().getPropertyRaw("items").toString())
                .startsWith("[{\"label\":\"All\",\"value\":\"-\"},{\"label\":\"Slow\",\"value\":\"0\"}");
        assertThat(valueProperty()).isEqualTo("-");
        fromClient("1");
        fromClient("");
        assertThat(select.getValue()).isEqualTo(Speed.FAST);
        fromClient("-");
        assertThat(select.getValue()).isNull();
        assertThat(valueProperty()).isEqualTo("-");
        assertThat(events).containsExactly("null→FAST client", "FAST→null client");
    }

    @Test
    void a_value_that_is_not_an_item_is_a_programming_error_and_changes_nothing() {
        ItemSelect<String> s = new ItemSelect<>();
        s.setItems("a", "b");
        s.setValue("b");
        assertThatThrownBy(() -> s.setValue("c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.getValue()).isEqualTo("b");
        assertThat(s.getElement().getProperty("value")).isEqualTo("1");
    }

    @Test
    void new_items_keep_the_value_if_it_is_among_them_and_empty_it_otherwise() {
        ItemSelect<String> s = new ItemSelect<>();
        s.setItems("a", "b");
        s.setValue("b");
        s.setItems("x", "b");
        assertThat(s.getValue()).isEqualTo("b");
        s.setItems(List.of("x", "y"));
        assertThat(s.getValue()).isNull();
        assertThat(s.getElement().getProperty("value")).isEmpty();
    }

    @Test
    void one_select_is_one_state_node_whatever_its_items_label_and_helper_text() {
        select.setLabel("Speed");
        select.setHelperText("Set by your teacher");
        select.setPlaceholder("Choose");
        select.setValue(Speed.FAST);
        assertThat(nodes(select.getElement().getNode())).isEqualTo(1);
        select.setHelperComponent(new Span("note"));
        assertThat(nodes(select.getElement().getNode())).isEqualTo(3); // the helper's own span and text
    }

    @Test
    void a_select_locked_by_the_teacher_is_read_only_and_only_its_note_adds_nodes() throws Exception {
        select.setValue(Speed.SLOW);
        org.dlf.chapters.LockedField.mark(select);
        assertThat(select.isReadOnly()).isTrue();
        assertThat(select.getElement().getProperty("readonly", false)).isTrue();
        // the note: a span with a lock icon and a span for its text (whose text node comes when it is shown)
        assertThat(nodes(select.getElement().getNode())).isEqualTo(4);
        fromClient("1");
        assertThat(select.getValue()).isEqualTo(Speed.SLOW);
    }

    private static int nodes(com.vaadin.flow.internal.StateNode root) {
        AtomicInteger n = new AtomicInteger();
        root.visitNodeTree(x -> n.incrementAndGet());
        return n.get();
    }
}
