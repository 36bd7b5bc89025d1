package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.scheduler.SchedulerService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakeClusterLocks;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reassigning within one space, over the real job with Confluence's scheduler, search, users and settings stood in for. */
class SpaceHandoverActionTest {

    private static final Person ALICE = aPerson("amartin").key("key-alice").deactivated().build();
    private static final Person BOB = aPerson("blee").key("key-bob").build();
    private static final SpaceKey ENG = new SpaceKey("ENG");

    private final FakePluginSettings settings = new FakePluginSettings();
    private final HandoverSettings ledger = new HandoverSettings(settings, settings);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final ConfluenceActivitySearch search = mock(ConfluenceActivitySearch.class);
    private final HandoverJob job = new HandoverJob(mock(SchedulerService.class), new FakeClusterLocks(), ledger, users,
            mock(ConfluencePageHandovers.class), search, mock(HandoverAuditLog.class));
    private final ConfluenceSpaceAdmins spaceAdmins = mock(ConfluenceSpaceAdmins.class);
    private final ConfluenceHost host = ConfluenceHost.in(Locale.ENGLISH, "/wiki", "https://wiki.example.com/wiki");

    SpaceHandoverActionTest() {
        for (Person person : List.of(ALICE, BOB)) {
            HostUser<ConfluenceUser> user = new HostUser<>(person, mock(ConfluenceUser.class));
            when(users.find(new UserRef(person.key()))).thenReturn(Optional.of(user));
            when(users.find(new UserRef(person.username()))).thenReturn(Optional.of(user));
        }
        when(search.find(anyString(), anyInt())).thenReturn(new ActivitySearch.Found(List.of(), 0));
        when(spaceAdmins.healthScope(ENG)).thenReturn(Optional.of(HealthScope.space(ENG, false)));
    }

    /** The screen as the user with this key sees it, for the space with this key. */
    private SpaceHandoverAction as(String userKey, String spaceKey) {
        UserManager userManager = mock(UserManager.class);
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey(userKey));
        SpaceHandoverAction action = new SpaceHandoverAction(spaceAdmins, job, ledger, users, userManager, host.translations(), host.properties());
        action.setKey(spaceKey);
        action.setLeaver(ALICE.key());
        action.setRoles(new String[] {"lead"});
        action.setSuccessor(BOB.username());
        action.setSuccessorKey(BOB.key());
        return action;
    }

    private static List<String> messages(SpaceHandoverAction action) {
        return action.view().messages().stream().map(MessageView::textHtml).toList();
    }

    @Test
    void aSpaceAdministratorsDryRunChecksOnlyTheSpacesPages() {
        SpaceHandoverAction action = as("key-space-admin", "ENG");

        assertThat(action.execute()).isEqualTo("success");
        assertThat(action.dryRun()).isEqualTo("success");

        verify(search).find("space = \"ENG\" and type in (page, blogpost) and (activityLeadKey = \"key-alice\") order by id asc", 10_000);
        assertThat(ledger.progress().startedBy()).isEqualTo("key-space-admin");
        assertThat(action.getKeyInUrl()).isEqualTo("ENG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OPS", "ENG\" or type = page", "../admin"})
    void anyOtherSpaceKeyOrUserGetsConfluencesNotPermittedPageAndNothingIsSearched(String key) {
        List<Function<SpaceHandoverAction, String>> commands = List.of(SpaceHandoverAction::execute, SpaceHandoverAction::dryRun,
                SpaceHandoverAction::reassign, SpaceHandoverAction::stop, SpaceHandoverAction::resume);

        for (Function<SpaceHandoverAction, String> command : commands) {
            assertThat(command.apply(as("key-space-admin", key))).isEqualTo("notpermitted");
        }
        verify(search, never()).find(anyString(), anyInt());
        assertThat(ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
        assertThat(as("key-space-admin", key).getKeyInUrl()).isEqualTo(key.equals("OPS") ? "OPS" : "");
    }

    @Test
    void aSpaceAdministratorMayNotConfirmStopOrResumeAnotherAdministratorsJobNorSeeItsPages() {
        HandoverRequest request = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key());
        java.time.Instant now = java.time.Instant.now();
        ledger.save(new HandoverProgress(HandoverState.FINISHED, HandoverMode.DRY_RUN, Optional.of(request), "key-admin", Optional.of(now),
                Optional.of(now), 1, 1, 1, 0, 0, Optional.empty()));

        SpaceHandoverAction confirm = as("key-space-admin", "ENG");
        assertThat(confirm.reassign()).isEqualTo("error");
        assertThat(as("key-space-admin", "ENG").stop()).isEqualTo("error");
        assertThat(as("key-space-admin", "ENG").resume()).isEqualTo("error");

        assertThat(messages(confirm)).containsExactly("This job was started by another administrator. Only a Confluence administrator "
                + "or the space administrator who started it can confirm, stop or resume it.");
        assertThat(ledger.progress().mode()).isEqualTo(HandoverMode.DRY_RUN);
    }

    @Test
    void aConfluenceAdministratorOnTheSpaceScreenMayChangeAnyJobAndStillChecksOnlyTheSpace() {
        when(spaceAdmins.healthScope(ENG)).thenReturn(Optional.of(HealthScope.space(ENG, true)));
        HandoverRequest request = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key());
        ledger.save(HandoverProgress.started(request, HandoverMode.DRY_RUN, "key-space-admin", 5, java.time.Instant.now()));

        assertThat(as("key-admin", "ENG").stop()).isEqualTo("success");
        assertThat(ledger.progress().state()).isEqualTo(HandoverState.STOPPED);
        assertThat(as("key-admin", "ENG").dryRun()).isEqualTo("success");
        verify(search).find("space = \"ENG\" and type in (page, blogpost) and (activityLeadKey = \"key-alice\") order by id asc", 10_000);
    }

    @Test
    void linksStayInTheSpaceAndAsksForNoSecureAdministratorSession() {
        assertThat(SpaceHandoverAction.class.getAnnotation(WebSudoRequired.class)).isNull();
        var view = as("key-space-admin", "ENG").view();

        assertThat(view.form().actionHtml()).isEqualTo("/wiki/plugins/activity-lead/space-dry-run-reassign.action?key=ENG");
        assertThat(view.healthUrlHtml()).isEqualTo("/wiki/plugins/activity-lead/space-health.action?key=ENG");
    }

    @Test
    void aPersonalSpacesKeyTravelsEncodedInTheRedirect() {
        SpaceKey personal = new SpaceKey("~anna+ops@example.com");
        when(spaceAdmins.healthScope(personal)).thenReturn(Optional.of(HealthScope.space(personal, false)));

        assertThat(as("key-space-admin", personal.value()).getKeyInUrl()).isEqualTo("%7Eanna%2Bops%40example.com");
    }
}
