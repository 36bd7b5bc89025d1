package org.activitylead.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through its ChromeDriver, with a fresh profile and no network beyond the
 * loopback address. Before any page script runs, a probe replaces the dialogs a payload would call ({@code alert},
 * {@code confirm}, {@code prompt}, {@code print}, {@code open}) with recorders, and every request the page makes is
 * read back from the browser's own network log, including those to hosts that do not resolve here. A real dialog
 * (from a frame the probe could not reach) surfaces as an {@link org.openqa.selenium.UnhandledAlertException} on the
 * next command.
 */
public final class Chromium implements AutoCloseable {

    /** Records calls instead of showing dialogs; runs first in every document, frames included. */
    private static final String PROBE = """
            (() => {
              Object.defineProperty(window, '__probeCalls', { value: [] });
              // Frames report to the top page where they may; a frame of another origin keeps its own record.
              let calls = window.__probeCalls;
              try { calls = window.top.__probeCalls || calls; } catch (e) { }
              for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
                window[name] = (...args) => { calls.push(name + '(' + args.map(String).join(',') + ')'); };
              }
            })();
            """;

    /**
     * Selenium looks for DevTools bindings matching the browser's version and warns when it has none; this suite
     * needs none (it uses ChromeDriver's own CDP passthrough and logs), so the warning would only be noise. Held
     * here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    public Chromium(BrowserTools tools) {
        try {
            profile = Files.createTempDirectory("activity-lead-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(tools.chromium().toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--user-data-dir=" + profile,
                // Nothing leaves the machine: every host but the loopback address fails to resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(tools.chromeDriver().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    }

    /** Sets the viewport to {@code width} CSS pixels (and a phone-like height below 480), scale 1. */
    public void viewport(int width) {
        viewport(width, width < 480 ? 640 : 900);
    }

    /** Makes the viewport as tall as the loaded page, so a screenshot shows all of it. */
    public void fitHeight(int width) {
        int height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
        viewport(width, Math.max(height, width < 480 ? 640 : 900));
    }

    private void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Loads a page and waits for it and everything it asked for (images, styles, fonts) to finish. */
    public void open(URI page) {
        driver.manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages logged
        driver.get(page.toString());
        script("return document.fonts.ready.then(() => true)");
    }

    /** Runs a script in the page; a returned promise is awaited. */
    public Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(source, arguments);
    }

    /** Every dialog call the probe caught in this page. */
    @SuppressWarnings("unchecked")
    public List<String> dialogCalls() {
        return (List<String>) script("return Array.from(window.__probeCalls || [])");
    }

    /** Whether anything in the page set the {@code window.__xss} marker. */
    public boolean xssMarkerSet() {
        return Boolean.TRUE.equals(script("return typeof window.__xss !== 'undefined'"));
    }

    /** The URL of every request the page started since it was opened (or since the last call), in order. */
    public List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                urls.add(NetworkLog.requestUrl(message));
            }
        }
        return urls;
    }

    public WebElement element(String cssSelector) {
        return driver.findElement(org.openqa.selenium.By.cssSelector(cssSelector));
    }

    /** A PNG of one element, as the user sees it. */
    public byte[] screenshot(String cssSelector) {
        return element(cssSelector).getScreenshotAs(OutputType.BYTES);
    }

    /** Presses the Tab key once in the page. */
    public void pressTab() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
