package org.activitylead.velocity;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach the report: a page title, a space name and a user's
 * display name, found by the search and shown in both layouts, through the real Velocity engine, once per entry point
 * (page view, static export) and escaping mode. Every render must give the same HTML both ways, pass the DOM check,
 * show each text as literal text, never evaluate an expression and never emit a script.
 */
class ReportHostileInputTest {

    private static final Map<String, String> ENTRY_POINTS = Map.of("display", Templates.REPORT,
            "pdf", Templates.REPORT_EXPORT);
    private static final List<Map<String, String>> LAYOUTS = List.of(Map.of(), Map.of("layout", "people"));
    private static final Set<String> CLASSES = DomCheck.union(DomCheck.CLASSES, Set.of("activity-lead-report", "activity-lead-report-export",
            "activity-lead-report-summary", "activity-lead-report-table", "activity-lead-report-people", "activity-lead-attention",
            "activity-lead-report-scroll", "activity-lead-report-activity"));
    private static final String VALUE_HOLDERS = "bdi, th, time, div.aui-message > p, span.activity-lead-person-state, span.activity-lead-attention";

    /** The hostile texts a title, a space name or a display name may hold; blank ones are no title. */
    static Stream<Payload> payloads() {
        return HostileCases.texts(new Payload(HostileCases.SIZE, HostileCases.hostileText(1 << 16))).stream()
                .filter(payload -> !payload.value().isBlank());
    }

    @TestFactory
    Stream<DynamicContainer> everyHostileTitleSpaceAndNameShowsAsLiteralTextInEveryLayoutAndEntryPoint() {
        return payloads().map(payload -> dynamicContainer(payload.hostileClass() + ": " + payload, ENTRY_POINTS.keySet().stream().sorted()
                .flatMap(outputType -> LAYOUTS.stream().map(layout -> dynamicTest(outputType + " " + layout, () -> {
                    String escaped = render(payload.value(), outputType, layout, true);
                    String unescaped = render(payload.value(), outputType, layout, false);
                    assertThat(escaped).as("the same HTML with host escaping on and off").isEqualTo(unescaped);
                    check(payload.value(), ENTRY_POINTS.get(outputType), escaped);
                })))));
    }

    private static void check(String value, String template, String html) {
        Document document = Jsoup.parseBodyFragment(html);
        DomCheck.check(document.body(), template, DomCheck.Vocabulary.of(template, Templates.PERSON), CLASSES, VALUE_HOLDERS);
        assertThat(html.toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        String shown = document.body().wholeText() + "\n" + String.join("\n", document.body().getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()).map(attribute -> attribute.getValue()).toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(List.of(value), shown);
        assertThat(document.select("bdi").stream().map(Element::wholeText)).as("the display name, exactly as the host holds it")
                .contains(HostileCases.shown(value));
        document.select("a[href$=/display/ENG/Page]").forEach(title -> assertThat(title.wholeText()).as("the title, exactly")
                .isEqualTo(HostileCases.shown(value)));
    }

    private static String render(String value, String outputType, Map<String, String> layout, boolean hostEscaping) throws Exception {
        Person named = Person.of("key-hostile", "hostile", value, true, "/images/icons/profilepics/default.png");
        OwnershipRecord record = OwnershipRecord.of(anActivity().ledBy(named).build());
        FakeActivitySearch search = new FakeActivitySearch().with(new ReportHit(0L, value, "/display/ENG/Page", "ENG", value, Optional.of(record)));
        ConfluenceHost host = ConfluenceHost.in(Locale.ENGLISH, RenderedPanel.RELATIVE_BASE, RenderedPanel.ABSOLUTE_BASE);
        UserManager users = mock(UserManager.class, withSettings().stubOnly());
        when(users.getRemoteUserKey()).thenReturn(new UserKey("key-hostile"));
        ActivityLeadReportMacro macro = new ActivityLeadReportMacro(VelocityTemplateRenderer.withHostEscaping(hostEscaping),
                host.pageBuilder(), host.properties(), users, new FakeUserDirectory().with(named), search, host.translations());
        return macro.execute(layout, "", Conversions.rendering(outputType));
    }

}
