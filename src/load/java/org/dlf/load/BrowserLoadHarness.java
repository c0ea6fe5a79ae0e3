package org.dlf.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The browser half of the capacity benchmark (not a test): P real browser sessions run the MLP trainer on
 * the spiral against a running app; it reports chart updates received per page per second (counted in the
 * page at the {@code <dlf-chart>} element), the round-trip time of a cheap server interaction (inspecting a
 * neuron of the network diagram) while all of them train, and the heap the app retains per session.
 *
 * <pre>java ... org.dlf.load.BrowserLoadHarness http://localhost:8095 PAGES SECONDS APP_PID</pre>
 *
 * Loopback only; bounded by PAGES and SECONDS; closes everything when done.
 */
public final class BrowserLoadHarness {

    private static final String COUNT_UPDATES = """
            customElements.whenDefined('dlf-chart').then(() => {
              const C = customElements.get('dlf-chart');
              const original = C.prototype.setHeatmap;
              C.prototype.setHeatmap = function (...args) {
                window.__dlfFrames = (window.__dlfFrames || 0) + 1;
                return original.apply(this, args);
              };
            });
            """;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pages = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String pid = args[3];
        AppProbe.liveHeap(pid); // a first full GC clears what start-up left behind
        long heapBefore = AppProbe.liveHeap(pid);
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setHeadless(true)
                            .setExecutablePath(Paths.get(System.getProperty("browser.executable", "/usr/bin/chromium")))
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            List<Page> open = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                BrowserContext context = browser.newContext(
                        new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
                context.setDefaultTimeout(60_000);
                Page page = context.newPage();
                page.addInitScript(COUNT_UPDATES);
                page.navigate(base + "/chapter/mlp");
                page.locator("#mlp-dataset").click();
                page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Spiral"))
                        .click();
                open.add(page);
            }
            long heapOpen = AppProbe.liveHeap(pid);
            for (Page page : open) {
                page.evaluate("() => { window.__dlfFrames = 0; }");
                page.locator("#mlp-run").click();
            }
            long t0 = System.nanoTime();
            Page probe = open.getFirst();
            List<Double> roundTrips = new ArrayList<>();
            String[] keys = {"n-0-0", "n-0-1"};
            while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
                String key = keys[roundTrips.size() % 2];
                String before = probe.locator("#mlp-neuron").textContent();
                long start = System.nanoTime();
                probe.locator("#mlp-network [data-key='" + key + "']").click();
                probe.waitForFunction(
                        "b => document.querySelector('#mlp-neuron').textContent !== b",
                        before,
                        new Page.WaitForFunctionOptions().setPollingInterval(5));
                roundTrips.add((System.nanoTime() - start) / 1e6);
                probe.waitForTimeout(250);
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double[] rates = open.stream()
                    .mapToDouble(p -> ((Number) p.evaluate("() => window.__dlfFrames || 0")).doubleValue() / elapsed)
                    .sorted()
                    .toArray();
            double[] rt = roundTrips.stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            System.out.printf("pages=%d seconds=%.1f%n", pages, elapsed);
            System.out.printf(
                    "chart frames/s per page: min %.2f median %.2f max %.2f%n",
                    rates[0], rates[rates.length / 2], rates[rates.length - 1]);
            System.out.printf(
                    "round trip (inspect a neuron) ms: n=%d median %.0f p95 %.0f max %.0f%n",
                    rt.length,
                    rt[rt.length / 2],
                    rt[(int) Math.min(rt.length - 1, Math.ceil(rt.length * 0.95) - 1)],
                    rt[rt.length - 1]);
            System.out.printf(
                    "heap retained per open session (after GC): %.0f KB%n", (heapOpen - heapBefore) / 1024.0 / pages);
            System.out.println("sorted frame rates: " + Arrays.toString(rates));
        }
    }
}
