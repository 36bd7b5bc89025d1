package org.activitylead.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person meets on one page at one width, read from the browser after the page has loaded: the visible text,
 * what the first input field holds,
 * the status lozenge's colour, what sticks out sideways, labels broken inside a word, where the Tab key goes, and what ran or was requested.
 */
record Visit(int width, String text, String fieldValue, String lozengeColour, List<String> overflowing, List<String> brokenLabels,
        int tabStops, Set<Integer> reached,
        List<String> dialogs, boolean xssMarker, List<String> requests) {

    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width) {
              found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            for (const element of document.querySelectorAll(arguments[0] + ' *')) {
              // Inside a data table's own scroll region (WCAG 1.4.10 exempts data tables from reflow) only the region counts.
              if (element.closest('.activity-lead-report-scroll') && !element.classList.contains('activity-lead-report-scroll')) {
                continue;
              }
              const box = element.getBoundingClientRect();
              if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
                found.push(element.tagName.toLowerCase() + '.' + element.className + ' spans ' + Math.round(box.left)
                    + '..' + Math.round(box.right) + ' of ' + width);
              }
            }
            return found;
            """;

    /** Row and field labels with a word split over two lines ("Statu|s"), which no reader should have to put together. */
    private static final String BROKEN_LABELS = """
            const broken = [];
            for (const label of document.querySelectorAll(arguments[0] + ' :is(th, label)')) {
              const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of node.data.matchAll(/\\S+/g)) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  const lines = new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top)));
                  if (lines.size > 1) {
                    broken.push('"' + word[0] + '" over ' + lines.size + ' lines');
                  }
                }
              }
            }
            return broken;
            """;

    private static final String MARK_TAB_STOPS = """
            const stops = document.querySelectorAll(arguments[0] + ' :is(a[href], input:not([type=hidden]), button, select, textarea, [tabindex])');
            stops.forEach((element, index) => element.setAttribute('data-tab-stop', index));
            if (document.activeElement) { document.activeElement.blur(); }
            return stops.length;
            """;

    /** Opens the page at {@code width} pixels, saves a screenshot of the state, and takes every reading. */
    static Visit of(Chromium chromium, URI page, int width, Path screenshot) {
        chromium.viewport(width);
        chromium.open(page);
        chromium.fitHeight(width);
        save(screenshot, chromium.screenshot(Pages.STATE));
        String text = (String) chromium.script("return document.querySelector(arguments[0]).innerText", Pages.STATE);
        String fieldValue = (String) chromium.script(
                "const i = document.querySelector(arguments[0] + ' input:not([type=hidden])'); return i ? i.value : null", Pages.STATE);
        String lozenge = (String) chromium.script(
                "const l = document.querySelector(arguments[0] + ' .aui-lozenge'); return l ? getComputedStyle(l).backgroundColor : null",
                Pages.STATE);
        @SuppressWarnings("unchecked")
        List<String> overflowing = new ArrayList<>((List<String>) chromium.script(OVERFLOWING, Pages.STATE));
        @SuppressWarnings("unchecked")
        List<String> brokenLabels = new ArrayList<>((List<String>) chromium.script(BROKEN_LABELS, Pages.STATE));
        int stops = ((Number) chromium.script(MARK_TAB_STOPS, Pages.STATE)).intValue();
        Set<Integer> reached = new LinkedHashSet<>();
        for (int press = 0; press < stops + 2; press++) {
            chromium.pressTab();
            Object stop = chromium.script("const a = document.activeElement; return a ? a.getAttribute('data-tab-stop') : null");
            if (stop != null) {
                reached.add(Integer.valueOf((String) stop));
            }
        }
        return new Visit(width, text, fieldValue, lozenge, overflowing, brokenLabels, stops, reached, chromium.dialogCalls(), chromium.xssMarkerSet(),
                chromium.requestedUrls());
    }

    private static void save(Path file, byte[] png) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
