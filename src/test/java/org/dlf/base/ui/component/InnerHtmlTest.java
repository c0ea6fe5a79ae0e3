package org.dlf.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class InnerHtmlTest {

    @Test
    void text_is_escaped_so_that_it_can_never_become_markup() {
        Span span = new Span();

        InnerHtml.setText(span, "<img src=x onerror=\"alert('1')\"> & ✓ 2/5");

        assertThat(span.getElement().getProperty("innerHTML"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; ✓ 2/5");
        assertThat(span.getElement().getChildCount()).isZero();
    }
}
