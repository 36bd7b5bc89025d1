package org.activitylead.velocity;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.confluence.ConfluenceTranslations;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportHit;
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
    private static final Set<String> CLASSES = union(DomCheck.CLASSES, Set.of("activity-lead-report", "activity-lead-report-export",
            "activity-lead-report-summary", "activity-lead-report-table", "activity-lead-report-people", "activity-lead-attention",
            "activity-lead-report-scroll", "activity-lead-report-activity"));
    private static final String VALUE_HOLDERS = "bdi, th, time, div.aui-message > p, span.activity-lead-person-state, span.activity-lead-attention";

    static Stream<Payload> payloads() {
        List<Payload> payloads = new ArrayList<>();
        payloads.addAll(HostileCases.markup());
        payloads.addAll(HostileCases.expressions());
        payloads.addAll(HostileCases.wikiMarkup());
        payloads.addAll(HostileCases.cssValues());
        payloads.addAll(HostileCases.displayNames());
        payloads.addAll(HostileCases.encodings());
        payloads.addAll(HostileCases.invalidUnicode());
        payloads.add(new Payload(HostileCases.SIZE, HostileCases.hostileText(1 << 16)));
        Map<String, Payload> byValue = new LinkedHashMap<>();
        payloads.stream().filter(payload -> !payload.value().isBlank()).forEach(payload -> byValue.putIfAbsent(payload.value(), payload));
        return byValue.values().stream();
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
        FakeActivitySearch search = new FakeActivitySearch().with(new ReportHit(value, "/display/ENG/Page", "ENG", value, Optional.of(record)));
        ApplicationProperties properties = mock(ApplicationProperties.class, withSettings().stubOnly());
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn(RenderedPanel.RELATIVE_BASE);
        when(properties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(RenderedPanel.ABSOLUTE_BASE);
        I18nResolver i18n = mock(I18nResolver.class, withSettings().stubOnly());
        when(i18n.getRawText(eq(Locale.ENGLISH), anyString())).thenAnswer(call -> Bundle.english().pattern(call.getArgument(1)));
        LocaleResolver locale = mock(LocaleResolver.class, withSettings().stubOnly());
        when(locale.getLocale()).thenReturn(Locale.ENGLISH);
        UserManager users = mock(UserManager.class, withSettings().stubOnly());
        when(users.getRemoteUserKey()).thenReturn(new UserKey("key-hostile"));
        ActivityLeadReportMacro macro = new ActivityLeadReportMacro(VelocityTemplateRenderer.withHostEscaping(hostEscaping),
                mock(PageBuilderService.class, withSettings().defaultAnswer(RETURNS_DEEP_STUBS).stubOnly()), properties, users,
                new FakeUserDirectory().with(named), search, new ConfluenceTranslations(i18n, locale));
        return macro.execute(layout, "", Conversions.rendering(outputType));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
