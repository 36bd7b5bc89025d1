package org.activitylead.velocity;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activitylead.confluence.RecordingScreens;
import org.activitylead.core.people.Person;
import org.activitylead.velocity.HostileCases.Payload;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input classes of the security bar as they reach the recording screen: the display name of the
 * administrator the job runs as, through the real Velocity engine as Confluence renders an action's template, with the
 * host's escaping on and off. Every render must give the same HTML both ways, pass the DOM check, show the name as
 * literal text exactly once, never evaluate an expression and never emit a script.
 */
class RecordingHostileInputTest {

    private static final Set<String> CLASSES = DomCheck.union(DomCheck.CLASSES, Set.of("activity-lead-recording", "aui-button", "aui-button-primary",
            "aui", "aui-lozenge-inprogress"));
    private static final String VALUE_HOLDERS = "bdi, div.aui-message > p, p#activity-lead-recording-summary, span.aui-lozenge, button, li > a, h3";

    @TestFactory
    Stream<DynamicTest> everyHostileNameOfTheAdministratorShowsAsLiteralText() {
        return HostileCases.texts().stream().filter(payload -> !payload.value().isBlank())
                .map(payload -> dynamicTest(payload.hostileClass() + ": " + payload, () -> check(payload)));
    }

    private static void check(Payload payload) throws Exception {
        HostileScreen.checked(render(payload.value(), true), render(payload.value(), false), Templates.RECORDING,
                DomCheck.Vocabulary.of(Templates.RECORDING, Templates.PERSON, VelocityTemplateRenderer.CONFLUENCE_ACTION_MACROS), CLASSES,
                VALUE_HOLDERS, payload.value());
    }

    private static String render(String name, boolean hostEscaping) throws Exception {
        Person starter = Person.of("key-hostile", "hostile", name, true, "/images/icons/profilepics/default.png");
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(Templates.RECORDING,
                Map.of("action", RecordingScreens.running(Locale.ENGLISH, starter)), out);
        return out.toString();
    }

}
