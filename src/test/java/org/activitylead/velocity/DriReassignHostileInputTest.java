package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.core.handover.PageResultsJson;
import org.activitylead.core.people.Texts;
import org.activitylead.jira.DriHandoverScreens;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach Jira's DRI reassignment screen: the display names of
 * the leaver and the successor, the issues' summaries and the reason Jira gave for refusing a change, through the real
 * Velocity engine as Jira renders a webwork view, with the host's escaping on and off. The same HTML both ways, the
 * DOM check, each text shown as literal text, nothing evaluated, no script; the usernames beside the names stay.
 */
class DriReassignHostileInputTest {

    private static final Set<String> CLASSES = DomCheck.union(DomCheck.union(DomCheck.CLASSES, DomCheck.DRI_TEMPLATE_CLASSES),
            Set.of("activity-lead-reassign", "activity-lead-reassign-job", "activity-lead-reassign-username", "activity-lead-reassign-counts",
                    "activity-lead-reassign-results", "activity-lead-reassign-form", "activity-lead-handover-changed", "activity-lead-handover-skipped",
                    "aui-button", "aui-button-primary", "aui-lozenge-success", "group", "checkbox", "field-group", "autocomplete-user",
                    "description", "buttons-container", "buttons"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p#activity-lead-reassign-summary, p.activity-lead-reassign-counts, "
            + "span.aui-lozenge, button, td > a, td:nth-child(2), h1, h2, h3, label, legend > span, code, div.description";

    @TestFactory
    Stream<DynamicTest> everyHostileNameSummaryAndReasonShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    private static void check(Payload payload) throws Exception {
        String escaped = render(payload.value(), true);
        assertThat(escaped).as("the same HTML with host escaping on and off").isEqualTo(render(payload.value(), false));
        Document document = Jsoup.parse(escaped);
        DomCheck.check(document.body(), Templates.DRI_REASSIGN, DomCheck.Vocabulary.of(Templates.DRI_REASSIGN, Templates.PERSON), CLASSES,
                VALUE_HOLDERS);
        assertThat(escaped.toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        String shown = document.wholeText() + "\n" + String.join("\n", document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()).map(attribute -> attribute.getValue()).toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(List.of(payload.value()), shown);
        assertThat(document.select("bdi").stream().map(Element::wholeText)).as("the names, as the host holds them")
                .containsExactly(HostileCases.shown(payload.value()), HostileCases.shown(payload.value()), HostileCases.shown(payload.value()));
        String summary = HostileCases.shown(Texts.shortened(payload.value(), PageResultsJson.TITLE_LENGTH));
        assertThat(document.select("table.activity-lead-reassign-results td:first-child").stream().map(Element::wholeText))
                .as("each issue's key and summary, exactly, as far as it is kept").containsExactly("ACT-1 " + summary, "ACT-2 " + summary);
        assertThat(document.select("table.activity-lead-reassign-results tr.activity-lead-handover-skipped td:nth-child(2)").text())
                .as("Jira's reason, as far as it is kept").startsWith("Skipped: the change was refused: ");
        assertThat(document.select("code.activity-lead-reassign-username").stream().map(Element::wholeText))
                .as("the usernames beside the names").containsExactly("alice", "bob", "alice");
    }

    private static String render(String value, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forJira(hostEscaping).render(Templates.DRI_REASSIGN, Map.of("action", DriHandoverScreens.named(Locale.ENGLISH, value)), out);
        return out.toString();
    }
}
