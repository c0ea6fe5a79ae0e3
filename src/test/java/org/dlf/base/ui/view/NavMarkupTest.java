package org.dlf.base.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavMarkupTest {

    private static final NavMarkup.Link HOME = NavMarkup.Link.withIcon("", "Home", "home-o");
    private static final NavMarkup.Link PERCEPTRON = NavMarkup.Link.chapter("chapter/perceptron", 4, "Perceptron");
    private static final NavMarkup.Link TEACHER = NavMarkup.Link.withIcon("teacher", "For teachers", "academy-cap");

    @Test
    void every_text_and_attribute_value_is_escaped() {
        NavMarkup.Link hostile = NavMarkup.Link.chapter("chapter/x\"><script>", 1, "<script>alert('x')</script> & more")
                .locked("\"><img onerror=x>")
                .badge(new NavMarkup.Badge("progress-x", "1/4", false, "1 of 4 <b>"))
                .dataClass("3B\" onclick=\"alert(1)");

        String html = NavMarkup.render("Chapters & <i>more</i>", List.of(hostile), "");

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("Chapters &amp; &lt;i&gt;more&lt;/i&gt;")
                .contains("href=\"chapter/x&quot;&gt;&lt;script&gt;\"")
                .contains("aria-label=\"&quot;&gt;&lt;img onerror=x&gt;\"")
                .contains("aria-label=\"1 of 4 &lt;b&gt;\"")
                .contains("data-class=\"3B&quot; onclick=&quot;alert(1)\"")
                .doesNotContain("<script", "<img", "<b>", "<i>", "onclick=\"");
    }

    @Test
    void links_navigate_in_the_page_and_icons_numbers_and_labels_are_in_a_list() {
        String html = NavMarkup.render("Chapters", List.of(HOME, PERCEPTRON), "glossary");

        assertThat(html)
                .isEqualTo("<div class=\"nav-heading\" aria-hidden=\"true\">Chapters</div><ul class=\"nav-list\">"
                        + "<li><a class=\"nav-link\" router-link href=\"\"><span class=\"nav-prefix\">"
                        + "<vaadin-icon class=\"nav-icon\" aria-hidden=\"true\" icon=\"vaadin:home-o\"></vaadin-icon>"
                        + "</span><span class=\"nav-label\">Home</span></a></li>"
                        + "<li><a class=\"nav-link\" router-link href=\"chapter/perceptron\"><span class=\"nav-prefix\">"
                        + "<span class=\"nav-number\">4</span></span><span class=\"nav-label\">Perceptron</span></a></li>"
                        + "</ul>");
    }

    @Test
    void only_the_current_page_is_marked_and_home_only_on_the_home_page() {
        List<NavMarkup.Link> links = List.of(HOME, PERCEPTRON, TEACHER);

        assertThat(currentLinks(NavMarkup.render("", links, "chapter/perceptron")))
                .containsExactly("chapter/perceptron");
        assertThat(currentLinks(NavMarkup.render("", links, ""))).containsExactly("");
        assertThat(currentLinks(NavMarkup.render("", links, "teacher/class"))).containsExactly("teacher");
        assertThat(currentLinks(NavMarkup.render("", links, "teachers"))).isEmpty();
        assertThat(currentLinks(NavMarkup.render("", links, "glossary"))).isEmpty();
    }

    @Test
    void a_lock_and_a_badge_appear_only_where_given() {
        NavMarkup.Link closed = PERCEPTRON
                .locked("not opened yet")
                .badge(new NavMarkup.Badge("progress-perceptron", "✓ 4/4", true, "4 of 4 exercises solved"));

        String html = NavMarkup.render("", List.of(closed, TEACHER.id("nav-teacher")), "");

        assertThat(html.split("nav-lock", -1)).hasSize(2);
        assertThat(html)
                .contains(
                        "<span class=\"nav-lock\" role=\"img\" aria-label=\"not opened yet\" title=\"not opened yet\">")
                .contains(
                        "<span class=\"progress-badge complete\" id=\"progress-perceptron\""
                                + " role=\"img\" aria-label=\"4 of 4 exercises solved\" title=\"4 of 4 exercises solved\">✓ 4/4</span>")
                .contains("id=\"nav-teacher\"")
                .doesNotContain("data-class");
    }

    private static List<String> currentLinks(String html) {
        return java.util.regex.Pattern.compile("href=\"([^\"]*)\" aria-current=\"page\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}
