package org.activitylead.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * What the browser tests need from the machine: Debian's Chromium and its ChromeDriver, and AUI from npm. A
 * developer without them gets the suite skipped with the commands that install them; CI ({@code CI=true}) must have
 * them, so there a missing tool fails the build instead of passing it untested.
 */
public record BrowserTools(Path chromium, Path chromeDriver, Path aui) {

    /** Where {@code npm ci --prefix src/test/browser} puts AUI's compiled styles. */
    static final Path AUI_DIST = Path.of("src/test/browser/node_modules/@atlassian/aui/dist/aui");

    static final String HOW_TO_INSTALL = "Install them with: apt-get install chromium chromium-driver fonts-dejavu-core"
            + " && npm ci --prefix src/test/browser (or run bash .ci/run, which does both).";

    /** The tools, or the test is skipped (fails under CI) with a message naming what is missing. */
    public static BrowserTools require() {
        Optional<Path> chromium = executable("activitylead.chromium", "chromium", "chromium-browser");
        Optional<Path> driver = executable("activitylead.chromedriver", "chromedriver");
        Path aui = Path.of(System.getProperty("basedir", ".")).resolve(AUI_DIST);
        List<String> missing = new ArrayList<>();
        if (chromium.isEmpty()) {
            missing.add("Chromium");
        }
        if (driver.isEmpty()) {
            missing.add("ChromeDriver");
        }
        if (!Files.isRegularFile(aui.resolve("aui-prototyping.css"))) {
            missing.add("AUI (npm package @atlassian/aui)");
        }
        if (!missing.isEmpty()) {
            String message = "Browser tests need " + String.join(", ", missing) + ". " + HOW_TO_INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true, so the browser tests must run. " + message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return new BrowserTools(chromium.get(), driver.get(), aui);
    }

    /** A path given by system property, else the first of {@code names} found on the PATH. */
    private static Optional<Path> executable(String property, String... names) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(searchPath.split(java.io.File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .flatMap(folder -> Stream.of(names).map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
