package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.RecordingScreens;
import org.activitylead.core.people.Person;
import org.activitylead.velocity.HostileCases.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach the recording screen: the display name of the
 * administrator the job runs as, through the real Velocity engine as Confluence renders an action's template, with the
 * host's escaping on and off. Every render must give the same HTML both ways, pass the DOM check, show the name as
 * literal text exactly once, never evaluate an expression and never emit a script.
 */
class RecordingHostileInputTest {

    private static final Set<String> CLASSES = union(DomCheck.CLASSES, Set.of("activity-lead-recording", "aui-button", "aui-button-primary",
            "aui", "aui-lozenge-inprogress"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p#activity-lead-recording-summary, span.aui-lozenge, button, li > a, h3";

    @TestFactory
    Stream<DynamicTest> everyHostileNameOfTheAdministratorShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    private static void check(Payload payload) throws Exception {
        String escaped = render(payload.value(), true);
        String unescaped = render(payload.value(), false);
        assertThat(escaped).as("the same HTML with host escaping on and off").isEqualTo(unescaped);
        Document document = Jsoup.parse(escaped);
        DomCheck.check(document.body(), Templates.RECORDING, DomCheck.Vocabulary.of(Templates.RECORDING, Templates.PERSON,
                VelocityTemplateRenderer.CONFLUENCE_ACTION_MACROS), CLASSES,
                VALUE_HOLDERS);
        assertThat(escaped.toLowerCase(Locale.ROOT)).as("a script element").doesNotContain("<script");
        String shown = document.wholeText() + "\n" + String.join("\n", document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream()).map(attribute -> attribute.getValue()).toList());
        ShownText.assertNotEvaluatedNorEncodedTwice(List.of(payload.value()), shown);
        assertThat(document.select("bdi").stream().map(Element::wholeText)).as("the name, exactly once, as the host holds it")
                .containsExactly(HostileCases.shown(payload.value()));
    }

    private static String render(String name, boolean hostEscaping) throws Exception {
        Person starter = Person.of("key-hostile", "hostile", name, true, "/images/icons/profilepics/default.png");
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(Templates.RECORDING,
                Map.of("action", RecordingScreens.running(Locale.ENGLISH, starter)), out);
        return out.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
