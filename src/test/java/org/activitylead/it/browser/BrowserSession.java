package org.activitylead.it.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser and one test site for a test class, started before its first test and closed after its last:
 * {@code @RegisterExtension static final BrowserSession BROWSER = new BrowserSession();}. Without the tools the
 * class is skipped, or fails under CI (see {@link BrowserTools#require()}).
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private TestSite site;
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserTools tools = BrowserTools.require();
        site = new TestSite(tools);
        chromium = new Chromium(tools);
        chromium.viewport(1280);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            site.close();
        }
    }

    public TestSite site() {
        return site;
    }

    public Chromium chromium() {
        return chromium;
    }
}
