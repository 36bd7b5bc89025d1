package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.HandoverScreens;
import org.activitylead.core.handover.PageResultsJson;
import org.activitylead.core.people.Texts;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach the reassignment screen: the display names of the
 * leaver and the successor and the titles of the pages, through the real Velocity engine as Confluence renders an
 * action's template, with the host's escaping on and off. The same HTML both ways, the DOM check, each text shown as
 * literal text, nothing evaluated, no script; the usernames beside the names stay as they are.
 */
class ReassignHostileInputTest {

    private static final Set<String> CLASSES = DomCheck.union(DomCheck.CLASSES, Set.of("activity-lead-reassign", "activity-lead-reassign-job",
            "activity-lead-reassign-username", "activity-lead-reassign-counts", "activity-lead-reassign-results", "activity-lead-reassign-form",
            "activity-lead-handover-changed", "activity-lead-handover-skipped", "aui-button", "aui-button-primary", "aui-lozenge-success",
            "group", "checkbox", "field-group", "text", "autocomplete-user", "description", "buttons-container", "buttons"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p#activity-lead-reassign-summary, p.activity-lead-reassign-counts, span.aui-lozenge, button, "
            + "td > a, h2, h3, label, legend > span, code, div.description";

    @TestFactory
    Stream<DynamicTest> everyHostileNameAndTitleShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    private static void check(Payload payload) throws Exception {
        String escaped = render(payload.value(), true);
        assertThat(escaped).as("the same HTML with host escaping on and off").isEqualTo(render(payload.value(), false));
        Document document = Jsoup.parse(escaped);
        DomCheck.check(document.body(), Templates.REASSIGN,
                DomCheck.Vocabulary.of(Templates.REASSIGN, Templates.PERSON, VelocityTemplateRenderer.CONFLUENCE_ACTION_MACROS), CLASSES, VALUE_HOLDERS);
        assertThat(escaped.toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        String shown = document.wholeText() + "\n" + String.join("\n", document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()).map(attribute -> attribute.getValue()).toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(List.of(payload.value()), shown);
        // The leaver in the job and in the form, the successor in the job: each name as the host holds it.
        assertThat(document.select("bdi").stream().map(Element::wholeText)).as("the names, as the host holds them")
                .containsExactly(HostileCases.shown(payload.value()), HostileCases.shown(payload.value()), HostileCases.shown(payload.value()));
        assertThat(document.select("table.activity-lead-reassign-results td:first-child").stream().map(Element::wholeText))
                .as("each title, exactly, as far as it is kept").containsOnly(HostileCases.shown(Texts.shortened(payload.value(), PageResultsJson.TITLE_LENGTH)));
        assertThat(document.select("code.activity-lead-reassign-username").stream().map(Element::wholeText))
                .as("the usernames beside the names").containsExactly("amartin", "blee", "amartin");
    }

    private static String render(String value, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(Templates.REASSIGN,
                Map.of("action", HandoverScreens.named(Locale.ENGLISH, value)), out);
        return out.toString();
    }
}
