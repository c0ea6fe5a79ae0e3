package org.dlf.base.ui.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.base.ui.CurrentLearner;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.springframework.beans.factory.ObjectProvider;

/** The course overview: what the course is, and a card per chapter with its summary and time. */
@Route(value = "", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
class HomeView extends Main implements HasDynamicTitle, LocaleChangeObserver {

    private final ContentService content;
    private final ObjectProvider<ChapterProgress> progress;
    private final ObjectProvider<LearnerRules> rules;
    private AssignmentRules assignment = AssignmentRules.NONE;
    private Map<String, ChapterProgress.Tally> tallies = Map.of();

    HomeView(ContentService content, ObjectProvider<ChapterProgress> progress, ObjectProvider<LearnerRules> rules) {
        this.content = content;
        this.progress = progress;
        this.rules = rules;
        setId("home");
        addClassName("home");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        assignment = rules.getIfAvailable(() -> id -> AssignmentRules.NONE).rulesFor(CurrentLearner.id());
        Language language = Language.of(event.getLocale());
        List<Chapter> chapters = content.course().chapters(language);
        tallies = progress.getIfAvailable(() -> ChapterProgress.NONE)
                .tallies(chapters.stream().map(Chapter::slug).toList());
        H1 title = new H1(getTranslation("app.title"));
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("lead");
        Div hero = new Div(title, lead);
        hero.addClassName("hero");
        int totalMinutes = chapters.stream().mapToInt(Chapter::minutes).sum();
        Paragraph facts = new Paragraph(getTranslation("home.facts", chapters.size(), totalMinutes));
        facts.addClassName("facts");
        hero.add(facts);
        Div cards = new Div();
        cards.addClassName("chapter-cards");
        cards.setId("chapter-cards");
        for (Chapter chapter : chapters) {
            cards.add(card(chapter));
        }
        add(hero, new H2(getTranslation("home.chapters")), cards);
    }

    private static Span badge(NavMarkup.Badge badge) {
        Span span = new Span();
        span.setId(badge.id());
        span.addClassName("progress-badge");
        span.setClassName("complete", badge.complete());
        span.getElement().setAttribute("role", "img");
        span.getElement().setAttribute("aria-label", badge.label());
        span.getElement().setAttribute("title", badge.label());
        TextMarkup.set(span, badge.text());
        return span;
    }

    private Anchor card(Chapter chapter) {
        Span number = new Span(getTranslation("chapter.number", chapter.number()));
        number.addClassName("card-number");
        Span minutes = new Span(getTranslation("chapter.minutes", chapter.minutes()));
        minutes.addClassName("card-minutes");
        Div meta = new Div(number, minutes);
        meta.addClassName("card-meta");
        ChapterProgress.Tally tally = tallies.get(chapter.slug());
        if (tally != null && tally.shown()) meta.add(badge(ChapterNav.badge(this, chapter.slug(), tally)));
        boolean closed = !assignment.chapterOpen(chapter.slug());
        if (closed) {
            Span lock = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("assignment.closed.card")));
            lock.addClassName("card-closed");
            meta.add(lock);
        }
        Paragraph summary = new Paragraph(chapter.summary());
        Anchor card = new Anchor("chapter/" + chapter.slug(), meta, new H3(chapter.title()), summary);
        card.addClassName("chapter-card");
        card.setClassName("chapter-card-closed", closed);
        card.setId("card-" + chapter.slug());
        return card;
    }
}
