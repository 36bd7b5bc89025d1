package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.atlassian.confluence.content.render.xhtml.model.resource.identifiers.UserResourceIdentifier;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroDefinitionUpdater;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageRewrite;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.StorageFormat;
import org.junit.jupiter.api.Test;

/**
 * The storage rewrite on a corpus of realistic pages, through a stand-in of Confluence's macro walk that writes back
 * only what the updater changed: each case proves that exactly the intended parameter changed and every other byte
 * (layouts, tables, other macros, other panels, whitespace, CDATA, entities, unknown parameters) is as it was.
 */
class StorageHandoverTest {

    private static final Person ALICE = aPerson("alice").displayName("Alice Martin").deactivated().build();
    private static final Person BOB = aPerson("bob").displayName("Bob Lee").build();
    private static final Person CAROL = aPerson("carol").build();
    private static final Person DAVE = aPerson("dave").build();

    private final FakeUserDirectory directory = new FakeUserDirectory().with(ALICE, BOB, CAROL, DAVE);
    private final StorageFormat host = new StorageFormat();

    // --- storage format, as Confluence's editor writes it --------------------------------------------------------

    private static String key(String username) {
        return "<ri:user ri:userkey=\"key-" + username + "\" />";
    }

    private static String param(String name, String content) {
        return "<ac:parameter ac:name=\"" + name + "\">" + content + "</ac:parameter>";
    }

    private static String panel(String id, String... parameters) {
        return "<ac:structured-macro ac:name=\"activity-lead-status\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + String.join("", parameters) + "</ac:structured-macro>";
    }

    private static final String LEAD_ALICE = param("activityLead", key("alice"));
    private static final String LEAD_BOB = param("activityLead", key("bob"));

    private PageRewrite handOver(String body, Role... roles) {
        Handover handover = ((Handover.Result.Accepted) Handover.of(ALICE, Set.of(roles), BOB)).handover();
        return new StorageHandover(host).rewrite(PagePanelsTest.page(body), handover, new People(directory));
    }

    private PageRewrite.Rewritten rewritten(String body, Role... roles) {
        PageRewrite rewrite = handOver(body, roles);
        assertThat(rewrite).isInstanceOf(PageRewrite.Rewritten.class);
        return (PageRewrite.Rewritten) rewrite;
    }

    /** The body with {@code before} replaced by {@code after} once, where it occurs exactly once. */
    private static String replacedOnce(String body, String before, String after) {
        assertThat(body.indexOf(before)).as("occurs once").isEqualTo(body.lastIndexOf(before)).isNotNegative();
        return body.replace(before, after);
    }

    // --- the corpus ------------------------------------------------------------------------------------------------

    @Test
    void rewritesAPanelInsideAPageLayout() {
        String body = "<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><h2>Launch</h2>\n  <p>Intro</p>"
                + panel("m1", param("status", "IN_PROGRESS"), LEAD_ALICE, param("pm", key("carol")))
                + "</ac:layout-cell><ac:layout-cell><p>Notes</p></ac:layout-cell></ac:layout-section></ac:layout>";

        PageRewrite.Rewritten rewrite = rewritten(body, Role.LEAD);

        assertThat(rewrite.body()).isEqualTo(replacedOnce(body, LEAD_ALICE, LEAD_BOB));
        assertThat(rewrite.roles()).containsExactly(Role.LEAD);
    }

    @Test
    void rewritesAPanelInATableInsidePagePropertiesAndOneInsideAnExpand() {
        String inTable = panel("m1", param("owner", key("alice")));
        String inExpand = panel("m2", param("owner", key("alice")), param("activityLead", key("dave")));
        String body = "<ac:structured-macro ac:name=\"details\" ac:schema-version=\"1\" ac:macro-id=\"d1\"><ac:rich-text-body>"
                + "<table><tbody><tr><th>Owner</th><td>" + inTable + "</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\" ac:macro-id=\"e1\">" + param("title", "Details")
                + "<ac:rich-text-body><p>More</p>" + inExpand + "</ac:rich-text-body></ac:structured-macro>";

        PageRewrite.Rewritten rewrite = rewritten(body, Role.OWNER);

        String expected = body.replace(inTable, panel("m1", param("owner", key("bob"))))
                .replace(inExpand, panel("m2", param("owner", key("bob")), param("activityLead", key("dave"))));
        assertThat(rewrite.body()).isEqualTo(expected);
    }

    @Test
    void rewritesEachOfTwoPanelsOnlyWhereItNamesTheLeaverInTheRole() {
        String first = panel("m1", LEAD_ALICE, param("reviewers", key("alice")));
        String second = panel("m2", param("activityLead", key("carol")), param("reviewers", key("alice") + key("dave")));
        String body = "<p>One</p>" + first + "<p>Two</p>" + second;

        PageRewrite.Rewritten rewrite = rewritten(body, Role.LEAD);

        assertThat(rewrite.body()).isEqualTo(body.replace(first, panel("m1", LEAD_BOB, param("reviewers", key("alice")))));
    }

    @Test
    void changesOnlyTheHandedOverRolesOfALeaverNamedInSeveral() {
        String body = panel("m1", LEAD_ALICE, param("pm", key("alice")), param("owner", key("alice")), param("reviewers", key("alice")));

        PageRewrite.Rewritten rewrite = rewritten(body, Role.LEAD, Role.OWNER);

        assertThat(rewrite.body()).isEqualTo(panel("m1", LEAD_BOB, param("pm", key("alice")), param("owner", key("bob")),
                param("reviewers", key("alice"))));
        assertThat(rewrite.roles()).containsExactlyInAnyOrder(Role.LEAD, Role.OWNER);
    }

    @Test
    void putsTheSuccessorInTheLeaversPlaceInTheMiddleOfTheReviewers() {
        String reviewers = param("reviewers", key("carol") + key("alice") + key("dave"));
        String body = panel("m1", param("activityLead", key("carol")), reviewers);

        assertThat(rewritten(body, Role.REVIEWER).body())
                .isEqualTo(replacedOnce(body, reviewers, param("reviewers", key("carol") + key("bob") + key("dave"))));
    }

    @Test
    void doesNotAddASuccessorWhoIsAlreadyAReviewer() {
        String reviewers = param("reviewers", key("bob") + key("alice") + key("dave"));
        String body = panel("m1", reviewers);

        assertThat(rewritten(body, Role.REVIEWER).body())
                .isEqualTo(replacedOnce(body, reviewers, param("reviewers", key("bob") + key("dave"))));
    }

    @Test
    void findsTheLeaverNamedByUsernameAndNamesTheSuccessorByKey() {
        String byName = param("activityLead", "<ri:user ri:username=\"alice\" />");
        String body = panel("m1", byName, param("pm", "<ri:user ri:username=\"carol\" />"));

        assertThat(rewritten(body, Role.LEAD).body()).isEqualTo(replacedOnce(body, byName, LEAD_BOB));
    }

    @Test
    void leavesCdataEntitiesUnknownParametersAndOtherMacrosByteForByte() {
        String body = "<p>Fish &amp; chips &#8212; &lt;b&gt; caf\u00e9</p>\n\t"
                + "<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\" ac:macro-id=\"c1\">" + param("language", "xml")
                + "<ac:plain-text-body><![CDATA[<ri:user ri:userkey=\"key-alice\"/> activity-lead-status & ]]></ac:plain-text-body></ac:structured-macro>"
                + panel("m1", param("futureOption", "a &amp; b <![CDATA[<not-markup/>]]>"), param("status", "AT_RISK"), LEAD_ALICE,
                        param("reviewBy", "2027-01-31"), param("customerFacing", "true"))
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body><ac:link>" + key("alice") + "</ac:link> to hand over</ac:task-body></ac:task></ac:task-list>";

        assertThat(rewritten(body, Role.LEAD).body()).isEqualTo(replacedOnce(body, LEAD_ALICE, LEAD_BOB));
    }

    @Test
    void handsOverUnknownParametersToConfluenceAsTheVerySameObjects() throws Exception {
        Object future = List.of("kept", 42);
        UserResourceIdentifier carol = UserResourceIdentifier.create(new UserKey("key-carol"));
        MacroDefinition read = MacroDefinition.builder("activity-lead-status").withTypedParameters(Map.of("futureOption", future,
                "activityLead", UserResourceIdentifier.create(new UserKey("key-alice")), "pm", carol)).build();
        AtomicReference<MacroDefinition> written = new AtomicReference<>();
        XhtmlContent xhtml = mock(XhtmlContent.class);
        doAnswer(call -> {
            written.set(call.<MacroDefinitionUpdater>getArgument(2).update(read));
            return "<p>rewritten</p>";
        }).when(xhtml).updateMacroDefinitions(any(), any(), any());
        Handover handover = ((Handover.Result.Accepted) Handover.of(ALICE, Set.of(Role.LEAD, Role.PM), BOB)).handover();

        new StorageHandover(xhtml).rewrite(PagePanelsTest.page(panel("m1")), handover, new People(directory));

        Map<String, Object> typed = written.get().getTypedParameters();
        assertThat(typed.get("futureOption")).isSameAs(future);
        assertThat(typed.get("pm")).isSameAs(carol);
        assertThat(typed.get("activityLead")).isEqualTo(UserResourceIdentifier.create(new UserKey("key-bob")));
    }

    // --- pages that stay as they are --------------------------------------------------------------------------------

    @Test
    void leavesAPageThatNoLongerNamesTheLeaverInTheRoles() {
        assertThat(handOver(panel("m1", param("activityLead", key("carol")), param("pm", key("alice"))), Role.LEAD))
                .isEqualTo(new PageRewrite.Left(PageOutcome.NO_LONGER_NAMED));
        assertThat(handOver("<p>The panel was removed</p>", Role.LEAD)).isEqualTo(new PageRewrite.Left(PageOutcome.NO_LONGER_NAMED));
    }

    @Test
    void leavesAPanelThatNamesTheLeaverAsPlainTextToItsAuthors() {
        String body = panel("m1", param("activityLead", key("alice"))) + panel("m2", param("reviewers", "carol, alice"));

        assertThat(handOver(body, Role.LEAD, Role.REVIEWER)).isEqualTo(new PageRewrite.Left(PageOutcome.NAMED_AS_TEXT));
    }

    @Test
    void reportsABodyConfluenceCannotReadAsNotRewritten() {
        String broken = "<ac:structured-macro ac:name=\"activity-lead-status\">" + LEAD_ALICE;

        assertThat(handOver(broken, Role.LEAD)).isEqualTo(new PageRewrite.Left(PageOutcome.NOT_REWRITTEN));
    }

    @Test
    void looksEachPersonUpOnceAcrossThePanelsOfAPage() {
        String body = panel("m1", LEAD_ALICE, param("reviewers", key("alice") + key("carol"))) + panel("m2", LEAD_ALICE);

        rewritten(body, Role.LEAD, Role.REVIEWER);

        assertThat(directory.lookups()).doesNotHaveDuplicates();
        assertThat(host.walks()).isEqualTo(1);
    }
}
