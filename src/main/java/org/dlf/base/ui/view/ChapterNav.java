package org.dlf.base.ui.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.base.ui.CurrentLearner;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The side navigation: one {@code <nav>} element whose list is server-rendered markup ({@link NavMarkup}),
 * one state node for the whole navigation. It renders again when the page, the language, the visitor's
 * progress or class, or the chapters their teacher has opened (checked on every navigation) change.
 */
@Tag("nav")
@StyleSheet("styles/widgets/nav.css")
class ChapterNav extends Component implements LocaleChangeObserver, AfterNavigationObserver {

    private final ContentService content;
    private final ObjectProvider<ChapterProgress> progress;
    private final ObjectProvider<LearnerRules> rules;
    private final ObjectProvider<ClassNavigation> classNavigation;
    private final List<Registration> listeners = new ArrayList<>();
    private @Nullable Map<String, ChapterProgress.Tally> tallies;
    private ClassNavigation.@Nullable Entry classEntry;
    private String currentPath = "";

    ChapterNav(
            ContentService content,
            ObjectProvider<ChapterProgress> progress,
            ObjectProvider<LearnerRules> rules,
            ObjectProvider<ClassNavigation> classNavigation) {
        this.content = content;
        this.progress = progress;
        this.rules = rules;
        this.classNavigation = classNavigation;
        setId("chapter-nav");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        progress.ifAvailable(p -> listeners.add(p.addChangeListener(ui, () -> {
            tallies = null;
            render();
        })));
        classNavigation.ifAvailable(c -> listeners.add(c.addChangeListener(ui, () -> {
            classEntry = null;
            render();
        })));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listeners.forEach(Registration::remove);
        listeners.clear();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("nav.chapters"));
        classEntry = null;
        render();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        currentPath = event.getLocation().getPath();
        render();
    }

    /** Sets the markup anew if anything in it changed (the browser then gets only the new string). */
    private void render() {
        InnerHtml.set(this, NavMarkup.render(getTranslation("nav.chapters"), links(), currentPath));
    }

    private List<NavMarkup.Link> links() {
        Language language = Language.of(getLocale());
        List<Chapter> chapters = content.course().chapters(language);
        Map<String, ChapterProgress.Tally> solved = tallies;
        if (solved == null) {
            solved = progress.getIfAvailable(() -> ChapterProgress.NONE)
                    .tallies(chapters.stream().map(Chapter::slug).toList());
            tallies = solved;
        }
        AssignmentRules opened =
                rules.getIfAvailable(() -> id -> AssignmentRules.NONE).rulesFor(CurrentLearner.id());
        List<NavMarkup.Link> links = new ArrayList<>();
        links.add(NavMarkup.Link.withIcon("", getTranslation("nav.home"), "home-o"));
        for (Chapter chapter : chapters) {
            NavMarkup.Link link =
                    NavMarkup.Link.chapter("chapter/" + chapter.slug(), chapter.number(), chapter.title());
            if (!opened.chapterOpen(chapter.slug())) link = link.locked(getTranslation("assignment.closed.nav"));
            ChapterProgress.Tally tally = solved.get(chapter.slug());
            if (tally != null && tally.shown()) link = link.badge(badge(this, chapter.slug(), tally));
            links.add(link);
        }
        links.add(NavMarkup.Link.withIcon("glossary", getTranslation("nav.glossary"), "book"));
        links.add(classEntry());
        links.add(NavMarkup.Link.withIcon("teacher", getTranslation("nav.teacher"), "academy-cap"));
        return links;
    }

    /** The classroom entry, asked for again only when the class or the language changed. */
    private NavMarkup.Link classEntry() {
        ClassNavigation.Entry entry = classEntry;
        if (entry == null) {
            ClassNavigation classes = classNavigation.getIfAvailable();
            UI ui = getUI().orElse(null);
            entry = classes != null && ui != null
                    ? classes.entry(ui)
                    : new ClassNavigation.Entry(getTranslation("nav.join"), "join", null);
            classEntry = entry;
        }
        return NavMarkup.Link.withIcon(entry.path(), entry.label(), "users")
                .id("nav-my-class")
                .dataClass(entry.className());
    }

    /** The progress badge of a chapter, here and on the home page's chapter cards. */
    static NavMarkup.Badge badge(Component context, String slug, ChapterProgress.Tally tally) {
        return new NavMarkup.Badge(
                "progress-" + slug,
                tally.text(),
                tally.complete(),
                context.getTranslation("exercises.badge.label", tally.solved(), tally.total()));
    }
}
