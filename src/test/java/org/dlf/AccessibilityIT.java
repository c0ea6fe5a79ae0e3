package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomService;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every route — home, all chapters, glossary, join, my class, sign-in, setup, the teacher's
 * classes, a class dashboard and its projector page — in Chinese and English, in light colours, dark by the
 * toggle and dark by the operating system, 1280 and 390 px wide, after the widgets have rendered: no
 * critical and no serious finding. One browser context per combination visits the routes in turn. Moderate
 * and minor findings are written to {@code target/axe/moderate.md} (docs/accessibility.md has the table).
 */
class AccessibilityIT extends BrowserTestBase {

    private static final String PASSWORD = "correct-horse-7";
    /** Findings below serious, by combination and route: "rule (nodes)". */
    private static final Map<String, List<String>> MODERATE = new TreeMap<>();

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ContentService content;

    @Autowired
    ClassroomService classrooms;

    /** One teacher, class and student for all combinations (made by the first). */
    private static String teacher;

    private static ClassSummary klass;
    private static final UUID STUDENT = UUID.randomUUID();

    record Combination(String locale, String scheme, int width) {
        @Override
        public String toString() {
            return locale + " " + scheme + " " + width + "px";
        }
    }

    /** All twelve, or those whose name contains the system property {@code axe.only} (for a quick local run). */
    static Stream<Combination> combinations() {
        String only = System.getProperty("axe.only", "");
        List<Combination> all = new ArrayList<>();
        for (String locale : List.of("zh-CN", "en-US")) {
            for (String scheme : List.of("light", "toggled-dark", "os-dark")) {
                for (int width : List.of(1280, 390)) {
                    all.add(new Combination(locale, scheme, width));
                }
            }
        }
        return all.stream().filter(c -> c.toString().contains(only));
    }

    @BeforeEach
    void aClassWithAStudent() {
        if (teacher == null) {
            teacher = "axe-" + UUID.randomUUID().toString().substring(0, 8);
            teachers.create(teacher, PASSWORD);
            klass = classrooms.create(teacher, "7B");
            assertThat(classrooms.join(klass.code(), STUDENT, "Ada", "127.0.0.1"))
                    .isEqualTo(org.dlf.classroom.JoinResult.JOINED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void every_route_has_no_critical_or_serious_finding(Combination combination) {
        long started = System.nanoTime();
        BrowserContext c = browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(combination.locale())
                        .setViewportSize(combination.width(), 900)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", combination.locale()))
                        .setColorScheme(combination.scheme().equals("os-dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        c.setDefaultTimeout(30_000);
        c.addCookies(List.of(new Cookie("dlf-learner", STUDENT.toString()).setUrl(url(""))));
        Page p = c.newPage();
        List<String> serious = new ArrayList<>();
        try {
            List<String> routes = new ArrayList<>(List.of(""));
            content.course().chapters(Language.ZH).forEach(chapter -> routes.add("chapter/" + chapter.slug()));
            routes.addAll(List.of("glossary", "join", "my-class", "login", "setup"));
            boolean first = true;
            for (String route : routes) {
                open(p, route);
                if (first && combination.scheme().equals("toggled-dark")) {
                    p.locator("#scheme-toggle").click();
                    p.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
                }
                first = false;
                check(p, combination, route, serious);
            }
            signIn(p);
            for (String route : List.of("teacher", "teacher/class/" + klass.id(), "teacher/present/" + klass.id())) {
                open(p, route);
                check(p, combination, route, serious);
            }
        } finally {
            c.close();
        }
        System.out.printf(
                "axe %s: %d routes in %d s%n",
                combination,
                content.course().chapters(Language.ZH).size() + 9,
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(serious)
                .as("critical and serious axe findings in " + combination)
                .isEmpty();
    }

    private void signIn(Page p) {
        open(p, "login");
        signInAsTeacher(p, teacher, PASSWORD);
    }

    /** Waits until the page's widgets have drawn (charts with a configuration, formulas), then runs axe. */
    private static void check(Page p, Combination combination, String route, List<String> serious) {
        long started = System.nanoTime();
        p.waitForFunction("() => [...document.querySelectorAll('dlf-chart')].every(c => !c._raw || c._chart)"
                + " && [...document.querySelectorAll('dlf-math')].every(m => m.childElementCount > 0"
                + " || m.classList.contains('math-error'))");
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // Flow's connection indicator is an empty element of its own outside the page's landmarks. KaTeX's
        // visual layer (thousands of aria-hidden spans in the page's text colour; screen readers read the
        // MathML beside it) is left out: it is most of axe's time on the math-heavy chapters.
        AxeResults results = new AxeBuilder(p)
                .options(options)
                .exclude("vaadin-connection-indicator")
                .exclude(".katex-html")
                .analyze();
        System.out.printf("axe %s /%s: %d ms%n", combination, route, (System.nanoTime() - started) / 1_000_000);
        for (Rule rule : results.getViolations()) {
            String impact = String.valueOf(rule.getImpact());
            if (impact.equals("critical") || impact.equals("serious")) {
                for (CheckedNode node : rule.getNodes()) {
                    serious.add("/" + route + " " + impact + " " + rule.getId() + " " + node.getTarget() + ": "
                            + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
                }
            } else {
                synchronized (MODERATE) {
                    MODERATE.computeIfAbsent(combination + " | /" + route, k -> new ArrayList<>())
                            .add(impact + " " + rule.getId() + " ("
                                    + rule.getNodes().size() + ")");
                }
            }
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path dir = Paths.get("target", "axe");
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("| combination | route | findings below serious |\n|---|---|---|\n");
        MODERATE.forEach((key, findings) -> md.append("| ")
                .append(key)
                .append(" | ")
                .append(String.join(", ", findings))
                .append(" |\n"));
        Files.writeString(dir.resolve("moderate.md"), md);
    }
}
