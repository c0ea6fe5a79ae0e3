package org.dlf;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole app on a random port (production bundle when built with
 * {@code -Pproduction}), driven by Playwright. The browser is Playwright's own unless the system property
 * {@code browser.executable} (or env {@code BROWSER_EXECUTABLE}) names one, e.g. {@code /usr/bin/chromium}.
 * Locate by id, role or label; use Playwright's auto-waiting assertions; never sleep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** Pages opened by {@link #openIn}, each in its own context, closed after the test. */
    private final List<Page> pages = new ArrayList<>();

    /** The shared Chromium (also for tests that run the app as separate processes). */
    public static synchronized Browser browser() {
        if (browser == null) {
            // a loaded 2-core CI machine runs the server, the browser and the build at once
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync"));
            String executable = System.getProperty("browser.executable", "");
            if (executable.isBlank()) {
                executable = System.getenv().getOrDefault("BROWSER_EXECUTABLE", "");
            }
            if (!executable.isBlank()) {
                options.setExecutablePath(Paths.get(executable));
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        context = newContext("zh-CN", 1280, 900);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        pages.forEach(p -> p.context().close());
        pages.clear();
    }

    /** A page in a fresh context (closed after the test) with this Accept-Language and viewport, at {@code path}. */
    protected Page openIn(String locale, int width, int height, String path) {
        Page p = newContext(locale, width, height).newPage();
        pages.add(p);
        open(p, path);
        return p;
    }

    /**
     * Viewport screenshots under target/screenshots, one with each of these parts scrolled to the top (the app
     * layout scrolls inside, so a full-page screenshot shows only its first screen): NAME-1.png, NAME-2.png …
     */
    protected void screenshots(Page p, String name, String... parts) {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        for (int i = 0; i < parts.length; i++) {
            p.locator(parts[i]).evaluate("e => e.scrollIntoView({block: 'start'})");
            p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + (i + 1) + ".png")));
        }
    }

    /** A page in a fresh context with these options (closed after the test). */
    protected Page newPage(Browser.NewContextOptions options) {
        BrowserContext c = browser().newContext(options);
        c.setDefaultTimeout(20_000);
        Page p = c.newPage();
        pages.add(p);
        return p;
    }

    /** A fresh browser context (own cookies) with this Accept-Language and viewport. */
    protected BrowserContext newContext(String locale, int width, int height) {
        BrowserContext c = browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(locale)
                        .setViewportSize(width, height)
                        .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", locale)));
        c.setDefaultTimeout(20_000);
        return c;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Navigates and waits until Vaadin has rendered the route. */
    protected void open(Page p, String path) {
        p.navigate(url(path));
        idle(p);
    }

    /**
     * Waits until Vaadin's client has no request in flight (the server has answered everything sent so far) and no
     * part of the page is still coming (a chapter is aria-busy until its text after the opening figure is in).
     */
    protected static void idle(Page p) {
        p.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && !document.querySelector('#chapter[aria-busy=true]')");
    }

    /**
     * Signs a teacher in on the sign-in form already open in {@code p} (once Vaadin has settled on it), then waits
     * until Vaadin has settled on their page: a class name typed while the page still started was once lost under
     * load, and a sign-in started right after a refused one once never reached the teacher's page (cause not found).
     */
    protected static void signInAsTeacher(Page p, String username, String password) {
        idle(p); // the form may have just been loaded (e.g. after a refused attempt): fill it once Vaadin has settled
        p.locator("#login-form input[name=username]").fill(username);
        p.locator("#login-form input[name=password]").fill(password);
        p.locator("#login-form vaadin-button[slot=submit]").click();
        p.waitForURL(java.util.regex.Pattern.compile(".*/teacher$"));
        idle(p);
    }

    protected void open(String path) {
        open(page, path);
    }

    /** Saves a screenshot of one element (a widget) under target/screenshots. */
    protected void screenshot(com.microsoft.playwright.Locator element, String name) {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        element.screenshot(
                new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
    }

    /** Saves a full-page screenshot under target/screenshots for people to look at. */
    protected void screenshot(Page p, String name) {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        p.screenshot(
                new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
