package org.activitylead.it.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads hostile renders in the browser and reports whatever went off: a dialog call ({@code alert} and friends), the
 * {@code window.__xss} marker, a request for anything the product would not serve, or the page navigating away.
 * Samples are loaded many to a page to keep the suite quick; a page where anything went off is split in halves and
 * loaded again until each finding names the sample that caused it.
 */
public final class XssProbe {

    /** One render to load: a name for the report and the HTML the app produced. */
    public record Sample(String name, String html) {
    }

    private static final int PER_PAGE = 100;
    /** Time for events that fire after the load event (toggle, focus, animation, timers) to go off. */
    private static final String SETTLE = "return new Promise(done => setTimeout(() => done(true), 50))";

    private final TestSite site;
    private final Chromium chromium;
    /** Numbers pages across probes, so no page ever has the address of an earlier one. */
    private static final java.util.concurrent.atomic.AtomicInteger PAGES = new java.util.concurrent.atomic.AtomicInteger();

    public XssProbe(BrowserSession browser) {
        site = browser.site();
        chromium = browser.chromium();
    }

    /** What went off while the samples loaded, one line per finding; empty when nothing did. */
    public List<String> findings(Surface surface, List<Sample> samples) {
        List<String> findings = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += PER_PAGE) {
            findings.addAll(search(surface, samples.subList(from, Math.min(samples.size(), from + PER_PAGE))));
        }
        return findings;
    }

    /** Loads the samples together; where anything went off, halves them until each finding has its sample. */
    private List<String> search(Surface surface, List<Sample> samples) {
        List<String> findings = load(surface, samples);
        if (findings.isEmpty()) {
            return findings;
        }
        if (samples.size() == 1) {
            return findings.stream().map(finding -> samples.get(0).name() + ": " + finding).toList();
        }
        int half = samples.size() / 2;
        List<String> named = new ArrayList<>(search(surface, samples.subList(0, half)));
        named.addAll(search(surface, samples.subList(half, samples.size())));
        if (named.isEmpty()) {
            // Only together did they go off: report them together rather than lose the finding.
            String together = samples.get(0).name() + " ... " + samples.get(samples.size() - 1).name() + " (together)";
            findings.forEach(finding -> named.add(together + ": " + finding));
        }
        return named;
    }

    private List<String> load(Surface surface, List<Sample> batch) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            html.append("<section class=\"probe-sample\" data-sample=\"").append(i).append("\">\n")
                    .append(batch.get(i).html()).append("\n</section>\n");
        }
        String name = "probe-" + PAGES.incrementAndGet() + ".html";
        java.net.URI page = site.publish(name, Pages.document(surface, Locale.ENGLISH, name, html.toString()));
        List<String> findings = new ArrayList<>();
        try {
            chromium.open(page);
            chromium.script(SETTLE);
        } catch (org.openqa.selenium.UnhandledAlertException e) {
            findings.add("opened a real dialog: " + e.getAlertText());
        }
        chromium.dialogCalls().forEach(call -> findings.add("called " + call));
        if (chromium.xssMarkerSet()) {
            findings.add("set window.__xss");
        }
        Requests.unexpected(chromium.requestedUrls(), site.origin()).forEach(url -> findings.add("requested " + url));
        String now = chromium.driver().getCurrentUrl();
        if (!page.toString().equals(now)) {
            findings.add("navigated to " + now);
        }
        site.withdraw(name);
        return findings;
    }
}
