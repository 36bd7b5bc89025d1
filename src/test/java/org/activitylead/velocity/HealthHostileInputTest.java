package org.activitylead.velocity;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.HealthScreens;
import org.activitylead.confluence.SpaceHealthAction;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach the health screen: a page title, a space name and the
 * display name of a person who left, through the real Velocity engine as Confluence renders an action's template, with
 * the host's escaping on and off. The same HTML both ways, the DOM check, each text shown as literal text, nothing
 * evaluated, no script. The space tools' screen takes the space key from the request: every hostile text as the key is
 * refused before any search, even to a Confluence administrator, and never printed.
 */
class HealthHostileInputTest {

    private static final Set<String> CLASSES = DomCheck.union(DomCheck.CLASSES, Set.of("activity-lead-health", "activity-lead-health-summary",
            "activity-lead-health-person", "activity-lead-health-username", "activity-lead-health-space", "aui-button",
            "activity-lead-health-reassign"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p.activity-lead-health-summary, code, th, li > a, "
            + "span.activity-lead-health-space, h2";

    @TestFactory
    Stream<DynamicTest> everyHostileTitleSpaceAndNameShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileSpaceKeyIsRefusedBeforeAnySearch() {
        return HostileCases.texts().stream()
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> {
                    FakeActivitySearch search = new FakeActivitySearch();
                    SpaceHealthAction action = HealthScreens.space(Locale.ENGLISH, search, HealthScreens.SITE_ADMIN, payload.value());

                    assertThat(action.isPermitted()).isFalse();
                    assertThat(action.execute()).isEqualTo("notpermitted");
                    assertThat(search.queries()).isEmpty();
                }));
    }

    /** The space screen shows hostile titles, space names and names as literal text, as the site screen does. */
    @TestFactory
    Stream<DynamicTest> aHostileTitleOnTheSpaceScreenShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> {
                    Person gone = Person.of("key-hostile", "hostile", payload.value(), false, "/images/icons/profilepics/default.png");
                    ReportHit page = new ReportHit(0L, payload.value(), "/display/ENG/Page", "ENG", payload.value(),
                            Optional.of(OwnershipRecord.of(anActivity().ledBy(gone).build())));
                    Document document = HostileScreen.checked(renderSpace(page, gone, true), renderSpace(page, gone, false),
                            Templates.SPACE_HEALTH, DomCheck.Vocabulary.of(Templates.SPACE_HEALTH, Templates.PERSON),
                            SPACE_CLASSES, VALUE_HOLDERS, payload.value());
                    assertThat(document.select("td li > a").stream().map(Element::wholeText)).containsExactly(HostileCases.shown(payload.value()));
                }));
    }

    private static final Set<String> SPACE_CLASSES = DomCheck.union(CLASSES, Set.of("activity-lead-health-site-only"));

    private static String renderSpace(ReportHit page, Person gone, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(Templates.SPACE_HEALTH,
                Map.of("action", HealthScreens.spaceOver(Locale.ENGLISH, List.of(page), gone)), out);
        return out.toString();
    }

    private static void check(Payload payload) throws Exception {
        Document document = HostileScreen.checked(render(payload.value(), true), render(payload.value(), false), Templates.HEALTH,
                DomCheck.Vocabulary.of(Templates.HEALTH, Templates.PERSON), CLASSES, VALUE_HOLDERS, payload.value());
        assertThat(document.select("td li > a").stream().map(Element::wholeText)).as("the title, exactly")
                .containsExactly(HostileCases.shown(payload.value()));
        assertThat(document.select("span.activity-lead-health-space").stream().map(Element::wholeText)).as("the space name, exactly")
                .containsExactly(HostileCases.shown(payload.value()));
    }

    private static String render(String value, boolean hostEscaping) throws Exception {
        Person gone = Person.of("key-hostile", "hostile", value, false, "/images/icons/profilepics/default.png");
        ReportHit page = new ReportHit(0L, value, "/display/ENG/Page", "ENG", value, Optional.of(OwnershipRecord.of(anActivity().ledBy(gone).build())));
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(Templates.HEALTH,
                Map.of("action", HealthScreens.over(Locale.ENGLISH, List.of(page), gone)), out);
        return out.toString();
    }

}
