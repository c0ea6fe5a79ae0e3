package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void text_and_attribute_values_are_escaped_by_construction() {
        Markup m = Markup.builder()
                .start("a")
                .attr("href", "x\" onclick=\"alert(1)")
                .attr("title", "<b>'it'</b> & co")
                .text("<script>alert(1)</script>")
                .end()
                .build();
        assertThat(m.html())
                .isEqualTo(
                        "<a href=\"x&quot; onclick=&quot;alert(1)\" title=\"&lt;b&gt;&#39;it&#39;&lt;/b&gt; &amp; co\">"
                                + "&lt;script&gt;alert(1)&lt;/script&gt;</a>");
        assertThat(Markup.text("a < b").html()).isEqualTo("a &lt; b");
    }

    @Test
    void tag_and_attribute_names_must_be_plain_names() {
        assertThatThrownBy(() -> Markup.builder().start("img src=x onerror=alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Markup.builder().start("a").attr("onclick=\"x\" y", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elements_must_be_closed_and_attributes_belong_to_the_start_tag() {
        assertThatThrownBy(() -> Markup.builder().start("div").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Markup.builder().start("div").text("x").attr("id", "late"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Markup.builder().end()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void svg_elements_without_content_close_themselves_and_numbers_are_short() {
        Markup m = Markup.builder()
                .start("svg")
                .attr("viewBox", "0 0 10 10")
                .start("circle")
                .attr("cx", 5.0)
                .attr("cy", 2.456)
                .attr("r", -0.05)
                .end()
                .start("text")
                .attr("x", 1.5)
                .text("σ")
                .end()
                .end()
                .start("vaadin-icon")
                .attr("icon", "vaadin:lock")
                .end()
                .build();
        assertThat(m.html())
                .isEqualTo("<svg viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"2.46\" r=\"-0.05\"/>"
                        + "<text x=\"1.5\">σ</text></svg><vaadin-icon icon=\"vaadin:lock\"></vaadin-icon>");
        assertThatThrownBy(() -> Markup.builder().start("circle").attr("r", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_ascii_builder_writes_other_characters_as_references() {
        assertThat(Markup.asciiBuilder().element("span", "η = 0.5 · 𝑥").build().html())
                .isEqualTo("<span>&#951; = 0.5 &#183; &#119909;</span>");
    }

    @Test
    void inner_html_is_refused_on_an_element_with_flow_children() {
        Div empty = new Div();
        InnerHtml.set(empty, Markup.text("fine"));
        assertThat(empty.getElement().getProperty("innerHTML")).isEqualTo("fine");

        Button withTooltip = new Button();
        withTooltip.setTooltipText("Switch to dark colours");
        assertThatThrownBy(() -> InnerHtml.set(withTooltip, Markup.text("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Flow children");
        Div parent = new Div(new Span("child"));
        assertThatThrownBy(() -> InnerHtml.setText(parent, "x")).isInstanceOf(IllegalStateException.class);
    }
}
