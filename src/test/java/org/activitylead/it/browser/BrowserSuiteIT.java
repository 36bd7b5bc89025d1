package org.activitylead.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every UI state (see {@link UiStates}) as a person sees it: in headless Chromium with AUI's styles, at a phone's
 * 320 px and a desktop's 1280 px. Each state is screenshotted at both widths into {@code target/screenshots/}, and the
 * gallery {@code target/preview/index.html} links them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSuiteIT {

    static final int PHONE = 320;
    static final int DESKTOP = 1280;

    /** An entity written as text: what a person sees when something encoded the text twice. */
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);");

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private final List<UiState> states = UiStates.all();
    private final Map<String, Visit> visits = new ConcurrentHashMap<>();

    @AfterAll
    void writeGallery() {
        Gallery.write(states, DESKTOP, PHONE);
        if (Boolean.getBoolean(Gallery.UPDATE_DOCS)) {
            Gallery.updateDocs(Map.ofEntries(
                    Map.entry("users-deactivated", "panel.png"),
                    Map.entry("dri-overview", "dri-field.png"),
                    Map.entry("report-mixed", "report.png"),
                    Map.entry("report-people", "report-people.png"),
                    Map.entry("recording-running", "recording.png"),
                    Map.entry("health-leavers", "health.png"),
                    Map.entry("reassign-dry-run-done", "reassign-dry-run.png"),
                    Map.entry("reassign-dry-run-40", "reassign-progress.png"),
                    Map.entry("reassign-finished", "reassign-result.png"),
                    Map.entry("dri-health-leavers", "dri-health.png"),
                    Map.entry("dri-reassign-dry-run-done", "dri-reassign.png")), DESKTOP);
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyState() {
        return states.stream().map(state -> dynamicContainer(state.id() + ": " + state.title(), Stream.of(
                dynamicTest("shows each text exactly once, never as an entity", () -> showsTextExactlyOnce(state)),
                dynamicTest("paints the status lozenge in its AUI colour", () -> lozengeHasAuiColour(state)),
                dynamicTest("fits a 320 px phone without sideways scrolling", () -> fits(state, PHONE)),
                dynamicTest("fits a 1280 px desktop", () -> fits(state, DESKTOP)),
                dynamicTest("never breaks a label inside a word", () -> labelsKeepTheirWords(state)),
                dynamicTest("lets the Tab key reach every link and field", () -> tabReachesEverything(state)),
                dynamicTest("runs no script, opens no dialog, and requests only what the product serves",
                        () -> staysQuiet(state)))));
    }

    private void showsTextExactlyOnce(UiState state) {
        Visit visit = visit(state, DESKTOP);
        String text = visit.text();
        state.shown().forEach((expected, times) -> assertThat(occurrences(text, expected))
                .as("times %s shows \"%s\" in:%n%s", state.id(), expected, text).isEqualTo(times));
        Matcher entity = ENTITY.matcher(text);
        assertThat(entity.find()).as("%s shows an entity as text (%s) in:%n%s", state.id(), entity.find(0) ? entity.group() : "", text)
                .isFalse();
        state.fieldValue().ifPresent(value -> assertThat(visit.fieldValue()).as("what the field of %s holds", state.id()).isEqualTo(value));
        assertThat(!state.shown().isEmpty() || state.fieldValue().isPresent()).as("%s expects something to be shown", state.id()).isTrue();
    }

    private void lozengeHasAuiColour(UiState state) {
        String colour = visit(state, DESKTOP).lozengeColour();
        if (state.surface() == Surface.CONFLUENCE_PAGE && state.status().isPresent()) {
            assertThat(colour).as("%s lozenge background", state.status().get())
                    .isEqualTo(AuiColours.LOZENGE_BACKGROUND.get(state.status().get()));
        } else if (state.surface() == Surface.EXPORT) {
            // Exports carry the lozenge's class but no AUI: the status reads as plain text.
            assertThat(colour).as("lozenge background without AUI").isIn(null, "rgba(0, 0, 0, 0)");
        } else {
            assertThat(state.status()).as("%s has no status to colour", state.id()).isEmpty();
        }
    }

    private void fits(UiState state, int width) {
        assertThat(visit(state, width).overflowing()).as("what sticks out of %s at %d px", state.id(), width).isEmpty();
    }

    private void labelsKeepTheirWords(UiState state) {
        for (int width : new int[] {DESKTOP, PHONE}) {
            assertThat(visit(state, width).brokenLabels()).as("labels of %s at %d px", state.id(), width).isEmpty();
        }
    }

    private void tabReachesEverything(UiState state) {
        Visit visit = visit(state, DESKTOP);
        List<Integer> missed = new ArrayList<>();
        for (int stop = 0; stop < visit.tabStops(); stop++) {
            if (!visit.reached().contains(stop)) {
                missed.add(stop);
            }
        }
        assertThat(missed).as("links and fields of %s the Tab key never reaches (of %d)", state.id(), visit.tabStops()).isEmpty();
    }

    private void staysQuiet(UiState state) {
        for (int width : new int[] {DESKTOP, PHONE}) {
            Visit visit = visit(state, width);
            assertThat(visit.dialogs()).as("dialogs opened by %s", state.id()).isEmpty();
            assertThat(visit.xssMarker()).as("window.__xss set by %s", state.id()).isFalse();
            assertThat(Requests.unexpected(visit.requests(), BROWSER.site().origin())).as("unexpected requests of %s", state.id()).isEmpty();
        }
    }

    /** Each state is opened once per width; every check reads the same visit. */
    private Visit visit(UiState state, int width) {
        return visits.computeIfAbsent(state.id() + "@" + width,
                key -> Visit.of(BROWSER.chromium(), BROWSER.site().publish(state.id() + ".html", Pages.document(state)), width,
                        Gallery.screenshot(state, width)));
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
