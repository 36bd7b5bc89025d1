package org.activitylead.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.activitylead.it.browser.XssProbe.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The probe itself: it must notice each way a payload can go off, and name the sample that did it among many. */
class XssProbeIT {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private final XssProbe probe = new XssProbe(BROWSER);

    @Test
    void namesEachUnsafeSampleAndWhatItDidAmongSafeOnes() {
        List<Sample> samples = new ArrayList<>();
        IntStream.range(0, 150).forEach(i -> samples.add(new Sample("safe " + i, "<p>&lt;img src=x onerror=alert(" + i + ")&gt;</p>")));
        samples.add(60, new Sample("dialog", "<img src=x onerror=alert(1)>"));
        samples.add(120, new Sample("marker", "<svg><style><img src=x onerror=window.__xss=1></style></svg>"));
        samples.add(130, new Sample("framed dialog", "<iframe srcdoc=\"<script>alert(2)</script>\"></iframe>"));
        samples.add(140, new Sample("request", "<img src=\"https://evil.example/x.png\" alt=\"\">"));
        samples.add(145, new Sample("navigation", "<meta http-equiv=\"refresh\" content=\"0;url=/elsewhere\">"));

        List<String> findings = probe.findings(Surface.CONFLUENCE_PAGE, samples).stream()
                .map(finding -> finding.replaceAll("http://127\\.0\\.0\\.1:[0-9]+", "SITE")).toList();

        assertThat(findings).containsExactlyInAnyOrder(
                "dialog: called alert(1)",
                "marker: set window.__xss",
                "framed dialog: called alert(2)",
                "request: requested https://evil.example/x.png",
                "navigation: requested SITE/elsewhere",
                "navigation: navigated to SITE/elsewhere");
    }

    @Test
    void findsNothingInSafeSamples() {
        List<Sample> samples = IntStream.range(0, 50)
                .mapToObj(i -> new Sample("safe " + i, "<p>&lt;script&gt;window.__xss=" + i + "&lt;/script&gt;</p>")).toList();

        assertThat(probe.findings(Surface.JIRA_EDIT, samples)).isEmpty();
    }
}
