package org.activitylead.velocity;

import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.jira.DriHealthScreens;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraUsers;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach Jira's DRI health screen: an issue's summary, a project's
 * name and the display name of a deactivated DRI, through the real Velocity engine as Jira renders a view, with the
 * host's escaping on and off. The same HTML both ways, the DOM check, each text shown as literal text, nothing
 * evaluated, no script.
 */
class DriHealthHostileInputTest {

    private static final Set<String> CLASSES = DomCheck.union(DomCheck.union(DomCheck.CLASSES, DomCheck.DRI_TEMPLATE_CLASSES), Set.of("activity-lead-health",
            "activity-lead-health-summary", "activity-lead-health-person", "activity-lead-health-username", "activity-lead-health-space",
            "aui-button", "activity-lead-health-reassign"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p.activity-lead-health-summary, code, th, li > a, "
            + "span.activity-lead-health-space, h1, h2";

    @TestFactory
    Stream<DynamicTest> everyHostileSummaryProjectAndNameShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    private static void check(Payload payload) throws Exception {
        Document document = HostileScreen.checked(render(payload.value(), true), render(payload.value(), false), Templates.DRI_HEALTH,
                DomCheck.Vocabulary.of(Templates.DRI_HEALTH, Templates.HEALTH_BODY, Templates.PERSON), CLASSES, VALUE_HOLDERS, payload.value());
        assertThat(document.select("td li > a").stream().map(Element::wholeText)).as("the key and summary, exactly")
                .containsExactly("ACT-1 " + HostileCases.shown(payload.value()));
        assertThat(document.select("span.activity-lead-health-space").stream().map(Element::wholeText)).as("the project's name, exactly")
                .containsExactly(HostileCases.shown(payload.value()));
    }

    private static String render(String value, boolean hostEscaping) throws Exception {
        DriHealthScreens screens = new DriHealthScreens().users(JiraUsers.of(aUser("admin").key("JIRAUSER10000"),
                aUser("hostile").key("JIRAUSER10009").displayName(value).deactivated()))
                .inProject(JiraIssues.aProject(10000L, "ACT", value));
        screens.search().answering("inactiveDris()", screens.epic(1L, "ACT-1", value, "JIRAUSER10009"));
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forJira(hostEscaping).render(Templates.DRI_HEALTH, Map.of("action", screens.as("admin", Locale.ENGLISH)), out);
        return out.toString();
    }
}
