package org.activitylead.bench;

import static org.activitylead.testing.PersonBuilder.aPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;

/**
 * The page the handover benchmarks rewrite and HandoverStandInTest checks: a body of a given size in storage format
 * (paragraphs, a table and an info macro, over and over) with its panels spread evenly through it, each naming the
 * leaver as Activity Lead beside a PM, an Owner and five reviewers, as Confluence's editor writes user parameters.
 */
public final class HandoverPage {

    public static final Person LEAVER = aPerson("alice").displayName("Alice Martin").deactivated().build();
    public static final Person SUCCESSOR = aPerson("bob").displayName("Bob Lee").build();
    private static final List<String> OTHERS = List.of("paula", "oscar", "rita", "rolf", "rosa", "ruth", "remy");

    /** The leaver's Activity Lead role handed to the successor. */
    public static final Handover LEAD_TO_SUCCESSOR =
            ((Handover.Result.Accepted) Handover.of(LEAVER, Set.of(Role.LEAD), SUCCESSOR)).handover();

    /** Text and other macros between the panels: the host walks them, the handover leaves them alone. */
    private static final String FILLER = "<p>Minutes of the steering meeting: budget, forecast, risks and the next milestones.</p>"
            + "<table><tbody><tr><th>Milestone</th><th>Due</th></tr><tr><td>Pilot</td><td>March</td></tr></tbody></table>"
            + "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>Figures &amp; dates are "
            + "provisional.</p></ac:rich-text-body></ac:structured-macro>";

    private HandoverPage() {
    }

    /** Everyone the page names, for the directory. */
    public static Person[] people() {
        List<Person> people = new ArrayList<>(List.of(LEAVER, SUCCESSOR));
        OTHERS.forEach(name -> people.add(aPerson(name).build()));
        return people.toArray(Person[]::new);
    }

    /** A body of about {@code kb} KB with {@code panels} panels, the last one at its end. */
    public static String body(int kb, int panels) {
        StringBuilder body = new StringBuilder(kb * 1024 + panels * 1024);
        for (int panel = 1; panel <= panels; panel++) {
            while (body.length() < (long) kb * 1024 * panel / panels) {
                body.append(FILLER);
            }
            body.append(panel(panel));
        }
        return body.toString();
    }

    /** One panel as stored: the leaver as Activity Lead, never as anything else, so only one parameter changes. */
    private static String panel(int number) {
        return "<ac:structured-macro ac:name=\"activity-lead-status\" ac:schema-version=\"1\" ac:macro-id=\"panel-" + number + "\">"
                + parameter("status", "LIVE") + parameter("activityLead", user(LEAVER.key())) + parameter("pm", user("key-paula"))
                + parameter("owner", user("key-oscar"))
                + parameter("reviewers", OTHERS.subList(2, 7).stream().map(name -> user("key-" + name)).collect(Collectors.joining()))
                + parameter("reviewBy", "2027-03-01") + "</ac:structured-macro>";
    }

    /** How often the successor is named in {@code body} as Confluence's editor names a user. */
    public static long namingSuccessor(String body) {
        String reference = user(SUCCESSOR.key());
        return IntStream.iterate(body.indexOf(reference), at -> at >= 0, at -> body.indexOf(reference, at + 1)).count();
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    private static String user(String key) {
        return "<ri:user ri:userkey=\"" + key + "\" />";
    }
}
