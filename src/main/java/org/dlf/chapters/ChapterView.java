package org.dlf.chapters;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.base.ui.CurrentLearner;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.Markup;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.chapters.share.PageLinks;
import org.dlf.chapters.share.WidgetLink;
import org.dlf.content.Chapter;
import org.dlf.content.ChapterBlock;
import org.dlf.content.ContentService;
import org.dlf.content.Course;
import org.dlf.content.Language;

/**
 * Renders one chapter from content: text, math, figures, and the widgets placed in it; the first widget opens the
 * chapter ({@link LeadFigure}), then comes a table of contents ({@link ChapterContents}). A chapter the reader's
 * teacher has not opened shows only a note (no text, widgets or exercises); widgets get the teacher's locks.
 */
@Route(value = "chapter", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
class ChapterView extends Main implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    private final ContentService content;
    private final WidgetRegistry widgets;
    private final ExerciseBlocks exercises;
    private final LearnerRules rules;
    private final PageLinks links = new PageLinks(this);
    private String slug = "";
    private String title = "";
    private int chapterNumber;
    private int exerciseCount;
    /** The texts the chapter opens with, as rendered (null before a render): {@link FirstFrame} paints them. */
    private Opening opening;
    /** What {@link #renderRest} adds: the chapter text after its opening, or null once added. */
    private Runnable rest;

    ChapterView(ContentService content, WidgetRegistry widgets, ExerciseBlocks exercises, LearnerRules rules) {
        this.content = content;
        this.rules = rules;
        this.widgets = widgets;
        this.exercises = exercises;
        setId("chapter");
        addClassName("chapter");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (content.course().chapter(Language.ZH, parameter).isEmpty()) {
            throw new NotFoundException("No chapter '" + parameter + "'");
        }
        if (parameter.equals(slug)
                && opening != null
                && rest == null
                && event.getLocation().getQueryParameters().getParameters().isEmpty()) {
            // a link to a section of this chapter (or to its top), the chapter already whole: no new render, so
            // the widgets keep what the reader did with them and the text is there to jump to
            links.jumped(event.getLocation());
            jumpInPage();
            return;
        }
        this.slug = parameter;
        links.opened(event.getLocation()); // the widgets' settings a link (or the page before a reload) carries
        if (getUI().isPresent()) {
            render(Language.of(getLocale()));
        }
    }

    /** Scrolls to the section the address names, laid out first (see {@link #layOutForJumps}), or to the top. */
    private void jumpInPage() {
        getElement().executeJs("""
                const id = decodeURIComponent(location.hash.slice(1));
                const target = id ? document.getElementById(id) : null;
                if (target && this.contains(target)) {
                  this.dataset.laidOut = '';
                  target.scrollIntoView();
                } else if (!id) {
                  window.scrollTo(0, 0);
                }""");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(Language.of(event.getLocale()));
    }

    private void render(Language language) {
        Course course = content.course();
        Optional<Chapter> found = course.chapter(language, slug);
        if (found.isEmpty()) {
            return;
        }
        Chapter chapter = found.get();
        title = chapter.title();
        chapterNumber = chapter.number();
        removeAll();
        rest = null;
        getElement().removeAttribute("aria-busy");
        // leaf texts as escaped markup: one state node each instead of an element and a text node
        removeFirstFrame();
        String numberText = getTranslation("chapter.number", chapter.number());
        String minutesText = getTranslation("chapter.minutes", chapter.minutes());
        Span number = text(new Span(), numberText);
        number.addClassName("chapter-number");
        Span minutes = text(new Span(), minutesText);
        minutes.addClassName("chapter-minutes");
        Div meta = new Div(number, minutes);
        meta.addClassName("chapter-meta");
        H1 heading = text(new H1(), chapter.title());
        heading.setId("chapter-title");
        Paragraph summary = text(new Paragraph(), chapter.summary());
        summary.addClassName("chapter-summary");
        AssignmentRules assignment = rules.rulesFor(CurrentLearner.id());
        boolean open = assignment.chapterOpen(chapter.slug());
        opening = new Opening(
                numberText,
                minutesText,
                chapter.title(),
                open ? Optional.of(chapter.summary()) : Optional.empty(),
                open && LeadFigure.index(chapter.blocks()).isPresent());
        if (!open) {
            add(meta, heading, ClosedChapterNote.create());
            add(pager(course, chapter));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        add(meta, heading, summary);
        exerciseCount = 0;
        List<ChapterBlock> blocks = chapter.blocks();
        Optional<Integer> lead = LeadFigure.index(blocks);
        String path = "chapter/" + chapter.slug();
        links.startRender();
        // the opening figure before the contents: a live figure in the first screen (LeadFigureIT); a note on
        // what its link refused stays before it
        lead.ifPresent(i -> {
            List<Component> parts = components(blocks.get(i), language, assignment);
            parts.subList(0, parts.size() - 1).forEach(this::add);
            add(LeadFigure.wrap(parts.getLast(), path, LeadFigure.section(blocks, i), this::getTranslation));
        });
        if (!chapter.headings().isEmpty()) {
            add(ChapterContents.of(chapter, getTranslation("chapter.contents")));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        // the text below the first screen follows in a second response, asked for once the first one is painted:
        // the title, summary and live figure show without waiting for the browser to build the rest (thousands of
        // formula elements); the chapter is aria-busy until then
        rest = () -> {
            for (int i = 0; i < blocks.size(); i++) {
                if (lead.isPresent() && lead.get() == i) {
                    add(LeadFigure.pointer(path, this::getTranslation));
                } else {
                    components(blocks.get(i), language, assignment).forEach(this::add);
                }
            }
            links.finish().ifPresent(notice -> addComponentAtIndex(3, notice)); // after the summary
            add(pager(course, chapter));
            layOutForJumps();
        };
        getElement().setAttribute("aria-busy", "true");
        getElement().executeJs("requestAnimationFrame(() => setTimeout(() => this.$server.renderRest()))");
    }

    /**
     * What a chapter opens with: number, reading time, title, and unless the chapter is closed its summary and
     * whether a figure (its first widget) follows.
     */
    record Opening(String number, String minutes, String title, Optional<String> summary, boolean figure) {}

    /** What the chapter opens with, once rendered. */
    Optional<Opening> opening() {
        return Optional.ofNullable(opening);
    }

    /** The page's first frame ({@link FirstFrame}) has done its work once the live view is in the page. */
    private void removeFirstFrame() {
        getElement().executeJs("document.getElementById($0)?.remove()", FirstFrame.ID);
    }

    /** The rest of the chapter (see {@link #render}); once per render, whoever calls it again. */
    @ClientCallable
    void renderRest() {
        Runnable pending = rest;
        rest = null;
        if (pending != null) {
            pending.run();
            getElement().removeAttribute("aria-busy");
        }
    }

    /**
     * The blocks off the screen are laid out only when they come near it (dlf.css: the title and first figure show
     * sooner), or all at once before a jump to a section: a link to one on the page, or the section the address
     * names when the chapter opens (scrolled to, unless the reader has scrolled). A link to a section of the chapter
     * on the page does not render it again ({@link #jumpInPage}).
     */
    private void layOutForJumps() {
        getElement().executeJs("""
                const view = this;
                if (!view.dlfJumps) {
                  view.dlfJumps = true;
                  document.addEventListener('click', (e) => {
                    const a = e.target.closest ? e.target.closest('a[href*="#"]') : null;
                    if (a) view.dataset.laidOut = '';
                  }, true);
                }
                const id = decodeURIComponent(location.hash.slice(1));
                const target = id ? document.getElementById(id) : null;
                if (target && view.contains(target)) {
                  view.dataset.laidOut = '';
                  if (window.scrollY === 0) target.scrollIntoView();
                } else {
                  delete view.dataset.laidOut;
                }""");
    }

    /** What the page shows for {@code block}: for a widget, a note on its link's refused parameters first. */
    private List<Component> components(ChapterBlock block, Language language, AssignmentRules assignment) {
        return switch (block) {
            case ChapterBlock.Html html -> List.of(prose(html));
            case ChapterBlock.Exercise exercise ->
                List.of(exercises.create(exercise.id(), language, chapterNumber + "." + ++exerciseCount));
            case ChapterBlock.Widget widget -> links.widget(widget.name(), link -> widget(widget, assignment, link));
        };
    }

    /** A widget as the content places it, with the teacher's locks and its part of the page URL. */
    private Component widget(ChapterBlock.Widget widget, AssignmentRules assignment, WidgetLink link) {
        Component component = widgets.factory(widget.name())
                .orElseThrow()
                .create(widget.config(), assignment.locks(widget.name()), link);
        component.addClassName("widget");
        component.getElement().setAttribute("data-widget", widget.name());
        return component;
    }

    private static Div prose(ChapterBlock.Html html) {
        // the loaded chapter's own (sanitised) string: one copy shared by every session, where Html would
        // parse it and keep a re-serialised copy per page
        Div prose = new Div();
        prose.addClassName("prose");
        InnerHtml.set(prose, Markup.sanitized(html.html()));
        return prose;
    }

    private Nav pager(Course course, Chapter chapter) {
        Nav nav = new Nav();
        nav.addClassName("pager");
        nav.setId("pager");
        nav.getElement().setAttribute("aria-label", getTranslation("chapter.pager"));
        course.previous(chapter).ifPresent(p -> nav.add(link(p, "chapter.previous", "pager-previous")));
        course.next(chapter).ifPresent(n -> nav.add(link(n, "chapter.next", "pager-next")));
        return nav;
    }

    private Anchor link(Chapter target, String key, String id) {
        Span label = text(new Span(), getTranslation(key));
        label.addClassName("pager-label");
        Span name = text(new Span(), target.title());
        name.addClassName("pager-title");
        Anchor anchor = new Anchor("chapter/" + target.slug(), label, name);
        anchor.setId(id);
        return anchor;
    }

    private static <C extends Component> C text(C component, String text) {
        InnerHtml.setText(component, text);
        return component;
    }
}
