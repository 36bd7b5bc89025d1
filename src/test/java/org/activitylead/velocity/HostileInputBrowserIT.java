package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.activitylead.it.browser.BrowserSession;
import org.activitylead.it.browser.Surface;
import org.activitylead.it.browser.XssProbe;
import org.activitylead.it.browser.XssProbe.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every hostile input of the render suites (HostileInputTest, DriHostileInputTest) loaded in a real browser, where a
 * payload that only comes alive once the parser has rearranged it would go off: nothing may call a dialog, set
 * {@code window.__xss}, or request anything the product would not serve. The panel is loaded as a page view (with
 * and without the host's escaping) and as an export, the DRI field's view, column and edit templates as Jira shows
 * them, the edit screen with its autocomplete script running.
 */
class HostileInputBrowserIT {

    private static final List<String> DRI_TEMPLATES = List.of(Templates.DRI_VIEW, Templates.DRI_EDIT);

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private final XssProbe probe = new XssProbe(BROWSER);

    @Test
    void panelPageViewsSetNothingOffWithOrWithoutHostEscaping() throws Exception {
        MacroHarness harness = new MacroHarness();
        List<Sample> samples = new ArrayList<>();
        for (HostileCase hostile : HostileCases.all()) {
            for (boolean hostEscaping : new boolean[] {true, false}) {
                samples.add(new Sample(hostile + " (host escaping " + (hostEscaping ? "on" : "off") + ")",
                        harness.render(hostile, "display", hostEscaping).html()));
            }
        }
        assertThat(probe.findings(Surface.CONFLUENCE_PAGE, samples)).as("of %d panel page views", samples.size()).isEmpty();
    }

    @Test
    void panelExportsSetNothingOff() throws Exception {
        MacroHarness harness = new MacroHarness();
        List<Sample> samples = new ArrayList<>();
        for (HostileCase hostile : HostileCases.all()) {
            samples.add(new Sample(hostile + " (pdf)", harness.render(hostile, "pdf", false).html()));
        }
        assertThat(probe.findings(Surface.EXPORT, samples)).as("of %d panel exports", samples.size()).isEmpty();
    }

    @Test
    void driFieldTemplatesSetNothingOff() {
        List<Sample> views = new ArrayList<>();
        List<Sample> edits = new ArrayList<>();
        DriHostileInputTest.cases().forEach(hostile -> {
            for (String template : DRI_TEMPLATES) {
                for (boolean hostEscaping : new boolean[] {true, false}) {
                    Sample sample = new Sample(hostile + " (" + template + ", host escaping " + (hostEscaping ? "on" : "off") + ")",
                            DriHostileInputTest.html(hostile, template, hostEscaping));
                    (template.equals(Templates.DRI_EDIT) ? edits : views).add(sample);
                }
            }
        });
        List<String> findings = new ArrayList<>(probe.findings(Surface.JIRA, views));
        findings.addAll(probe.findings(Surface.JIRA_EDIT, edits));
        assertThat(findings).as("of %d DRI renders", views.size() + edits.size()).isEmpty();
    }
}
