package org.activitylead.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review page: every state's screenshots at both widths, grouped as the suite lists them, so a change to the UI
 * can be looked over at a glance in {@code target/preview/index.html}.
 */
final class Gallery {

    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    static final Path PREVIEW = Path.of(System.getProperty("basedir", "."), "target", "preview", "index.html");

    /** Set (by {@code mvn -Pscreenshots verify}) to copy the README's screenshots into {@code docs/}. */
    static final String UPDATE_DOCS = "activitylead.updateDocs";
    static final Path DOCS = Path.of(System.getProperty("basedir", "."), "docs");

    private Gallery() {
    }

    /** Copies the screenshot of each state, at {@code width}, to its file name in {@code docs/}. */
    static void updateDocs(Map<String, String> fileByState, int width) {
        try {
            Files.createDirectories(DOCS);
            for (Map.Entry<String, String> entry : fileByState.entrySet()) {
                Files.copy(SCREENSHOTS.resolve(entry.getKey() + "-" + width + ".png"), DOCS.resolve(entry.getValue()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshot(UiState state, int width) {
        return SCREENSHOTS.resolve(state.id() + "-" + width + ".png");
    }

    static void write(List<UiState> states, int... widths) {
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (UiState state : states) {
            StringBuilder group = groups.computeIfAbsent(state.group(), name -> new StringBuilder());
            group.append("<section id=\"").append(state.id()).append("\">\n<h3><a href=\"#").append(state.id()).append("\">")
                    .append(escape(state.title())).append("</a> <code>").append(state.id()).append("</code></h3>\n<div class=\"shots\">");
            for (int width : widths) {
                String file = "../screenshots/" + state.id() + "-" + width + ".png";
                group.append("<figure><a href=\"").append(file).append("\"><img src=\"").append(file).append("\" alt=\"")
                        .append(escape(state.title())).append(" at ").append(width).append(" px\"></a><figcaption>")
                        .append(width).append(" px</figcaption></figure>");
            }
            group.append("</div>\n</section>\n");
        }
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Activity Lead: every UI state</title>
                <style>
                body { font-family: sans-serif; margin: 24px; color: #172b4d; }
                .shots { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
                figure { margin: 0; } img { border: 1px solid #dfe1e6; max-width: 100%; }
                figcaption { color: #6b778c; font-size: 12px; }
                </style></head><body>
                <h1>Activity Lead: every UI state</h1>
                <p>Rendered by the app's real templates, shown by headless Chromium with AUI's styles. Written by the browser suite of <code>mvn verify</code>.</p>
                <nav><ul>
                """);
        groups.keySet().forEach(name -> page.append("<li><a href=\"#").append(anchor(name)).append("\">").append(escape(name)).append("</a></li>\n"));
        page.append("</ul></nav>\n");
        groups.forEach((name, body) -> page.append("<h2 id=\"").append(anchor(name)).append("\">").append(escape(name)).append("</h2>\n").append(body));
        page.append("</body></html>\n");
        try {
            Files.createDirectories(PREVIEW.getParent());
            Files.writeString(PREVIEW, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String anchor(String group) {
        return "group-" + group.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
