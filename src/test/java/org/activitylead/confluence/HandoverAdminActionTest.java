package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverView;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;
import org.activitylead.host.HandoverJobs;

/** The reassignment screen's requests: the administrator check, the parameters checked before use, never echoed. */
class HandoverAdminActionTest {

    private static final UserKey ADMIN = new UserKey("key-admin");
    private static final Person ALICE = aPerson("amartin").key("key-alice").displayName("Alice Martin").deactivated().build();
    private static final Person BOB = aPerson("blee").key("key-bob").displayName("Bob Lee").build();

    private final UserManager userManager = mock(UserManager.class);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final HandoverJob job = mock(HandoverJob.class);
    private final FakePluginSettings settings = new FakePluginSettings();
    private final ConfluenceHost host = ConfluenceHost.in(Locale.ENGLISH, "/wiki", "https://wiki.example.com/wiki");
    private final HandoverAdminAction action = new HandoverAdminAction(job, new HandoverSettings(settings, settings), userManager, users,
            host.translations(), host.properties());

    HandoverAdminActionTest() {
        when(userManager.getRemoteUserKey()).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        for (Person person : new Person[] {ALICE, BOB}) {
            HostUser<ConfluenceUser> user = new HostUser<>(person, mock(ConfluenceUser.class));
            when(users.find(new UserRef(person.key()))).thenReturn(Optional.of(user));
            when(users.find(new UserRef(person.username()))).thenReturn(Optional.of(user));
        }
        when(job.dryRun(any(), any(), any())).thenReturn(HandoverJobs.Start.STARTED);
        when(job.reassign(any(), any())).thenReturn(HandoverJobs.Start.STARTED);
    }

    private void asks(String leaver, String successor, String... roles) {
        action.setLeaver(leaver);
        action.setSuccessor(successor);
        action.setRoles(roles);
    }

    private String messages() {
        return String.join(" | ", action.view().messages().stream().map(MessageView::textHtml).toList());
    }

    @Test
    void startsTheDryRunOfTheChosenRolesWithTheSuccessorByKey() {
        asks("key-alice", "blee", "lead", "reviewer");

        assertThat(action.dryRun()).isEqualTo("success");

        verify(job).dryRun(new HandoverRequest("key-alice", Set.of(Role.LEAD, Role.REVIEWER), "key-bob"), ADMIN.getStringValue(), Optional.empty());
    }

    @Test
    void confirmsWithTheKeysTheDryRunCheckedAndTellsWhenItWasAnother() {
        action.setLeaver("key-alice");
        action.setRoles(new String[] {"pm"});
        action.setSuccessorKey("key-bob");
        when(job.reassign(any(), any())).thenReturn(HandoverJobs.Start.NO_DRY_RUN);

        assertThat(action.reassign()).isEqualTo("error");

        verify(job).reassign(new HandoverRequest("key-alice", Set.of(Role.PM), "key-bob"), ADMIN);
        assertThat(messages()).contains("Run the dry run of exactly this choice first");
    }

    @Test
    void tellsTheSecondAdministratorThatAJobIsRunning() {
        asks("key-alice", "blee", "lead");
        when(job.dryRun(any(), any(), any())).thenReturn(HandoverJobs.Start.ALREADY_RUNNING);

        assertThat(action.dryRun()).isEqualTo("error");
        assertThat(messages()).contains("A reassignment is already running");
    }

    @Test
    void refusesEveryRequestOfSomeoneWhoIsNotAnAdministrator() {
        when(userManager.isAdmin(ADMIN)).thenReturn(false);
        asks("key-alice", "blee", "lead");

        assertThat(action.execute()).isEqualTo("notpermitted");
        assertThat(action.dryRun()).isEqualTo("notpermitted");
        assertThat(action.reassign()).isEqualTo("notpermitted");
        assertThat(action.stop()).isEqualTo("notpermitted");
        assertThat(action.resume()).isEqualTo("notpermitted");
        verifyNoInteractions(job);
    }

    @Test
    void saysWhatIsWrongWithTheChoiceWithoutEchoingIt() {
        String hostile = "<img src=x onerror=alert(1)>";
        for (String[] request : new String[][] {{"key-alice", "", "lead"}, {"key-alice", hostile, "lead"}, {"key-alice", "blee"},
                {"key-alice", "blee", "boss", "<b>"}, {"key-alice", "amartin", "lead"}, {hostile + "\u0000", "blee", "lead"}}) {
            HandoverAdminAction fresh = new HandoverAdminAction(job, new HandoverSettings(settings, settings), userManager, users,
                    host.translations(), host.properties());
            fresh.setLeaver(request[0]);
            fresh.setSuccessor(request[1]);
            fresh.setRoles(java.util.Arrays.copyOfRange(request, 2, request.length));

            assertThat(fresh.dryRun()).isEqualTo("error");
            HandoverView view = fresh.view();
            assertThat(view.messages()).as(String.join(",", request)).isNotEmpty();
            assertThat(view.messages().toString()).doesNotContain("<img").doesNotContain("boss").doesNotContain("&lt;img");
        }
        verify(job, never()).dryRun(any(), any(), any());
    }

    @Test
    void showsTheChosenLeaverWithTheirUsernameAndEveryRoleToChoose() {
        action.setLeaver("key-alice");

        HandoverView view = action.view();

        assertThat(view.form().leaverUsernameHtml()).isEqualTo("amartin");
        assertThat(view.form().leaver().displayNameHtml()).isEqualTo("Alice Martin");
        assertThat(view.form().roles()).extracting(role -> role.valueHtml()).containsExactly("lead", "pm", "owner", "reviewer");
        assertThat(view.job()).isNull();
    }

    @Test
    void looksEachPersonOnTheScreenUpOnce() {
        HandoverAdminAction shown = HandoverScreens.dryRunDone(Locale.ENGLISH);
        shown.setLeaver("key-alice");

        HandoverView view = shown.view();

        assertThat(view.job().leaverUsernameHtml()).isEqualTo("amartin");
        assertThat(view.job().successorUsernameHtml()).isEqualTo("blee");
        assertThat(view.confirm().successorKeyHtml()).isEqualTo("key-bob");
    }
}
