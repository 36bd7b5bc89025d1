package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.core.backfill.Cursor;
import org.activitylead.core.backfill.BackfillState;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakePluginSettings;
import org.activitylead.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingAdminActionTest {

    private static final String TEMPLATE = "templates/activity-lead-recording.vm";
    private static final UserKey ADMIN = new UserKey("key-admin");

    private final RecordingJob job = mock(RecordingJob.class);
    private final FakePluginSettings settings = new FakePluginSettings();
    private final RecordingProgress progress = new RecordingProgress(settings, settings);
    private final UserManager userManager = mock(UserManager.class);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final ConfluenceHost host = ConfluenceHost.in(Locale.ENGLISH, "/wiki", "https://wiki.example.com/wiki");

    private RecordingAdminAction action() {
        return new RecordingAdminAction(job, progress, userManager, users, host.translations(), host.properties());
    }

    private void signedInAs(UserKey user, boolean administrator) {
        when(userManager.getRemoteUserKey()).thenReturn(user);
        when(userManager.isAdmin(user)).thenReturn(administrator);
    }

    private static Document render(RecordingAdminAction action, boolean hostEscaping) throws Exception {
        StringWriter out = new StringWriter();
        VelocityTemplateRenderer.forConfluenceAction(hostEscaping).render(TEMPLATE, Map.of("action", action), out);
        return Jsoup.parse(out.toString());
    }

    @Test
    void asksForTheSecureAdministratorSession() {
        assertThat(RecordingAdminAction.class.getAnnotation(WebSudoRequired.class)).isNotNull();
    }

    @Test
    void letsOnlyAdministratorsInWhateverTheyCall() {
        signedInAs(new UserKey("key-bob"), false);
        RecordingAdminAction action = action();

        assertThat(action.isPermitted()).isFalse();
        assertThat(action.execute()).isEqualTo(RecordingAdminAction.NOT_PERMITTED);
        assertThat(action.start()).isEqualTo(RecordingAdminAction.NOT_PERMITTED);
        assertThat(action.stop()).isEqualTo(RecordingAdminAction.NOT_PERMITTED);
        verify(job, never()).start(any());
        verify(job, never()).stop();
    }

    @Test
    void letsNoAnonymousUserIn() {
        when(userManager.getRemoteUserKey()).thenReturn(null);

        assertThat(action().isPermitted()).isFalse();
        verify(userManager, never()).isAdmin(any());
    }

    @Test
    void startsTheJobAsTheAdministratorAndShowsTheScreenAgain() {
        signedInAs(ADMIN, true);
        when(job.start(ADMIN)).thenReturn(RecordingJob.Start.STARTED);

        assertThat(action().start()).isEqualTo(RecordingAdminAction.SUCCESS);
        verify(job).start(ADMIN);
    }

    @Test
    void aStartThatCouldNotBeScheduledSaysSoInTheAdministratorsLanguage() throws Exception {
        signedInAs(ADMIN, true);
        when(job.start(ADMIN)).thenReturn(RecordingJob.Start.NOT_SCHEDULED);
        RecordingAdminAction action = action();

        assertThat(action.start()).isEqualTo(RecordingAdminAction.ERROR);

        assertThat(render(action, true).select("div.aui-message-error > p").text()).startsWith("The job could not be scheduled");
    }

    @Test
    void stopAsksTheJobToStop() {
        signedInAs(ADMIN, true);

        assertThat(action().stop()).isEqualTo(RecordingAdminAction.SUCCESS);
        verify(job).stop();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void showsANewSiteWithOneStartFormThatCarriesTheHostsToken(boolean hostEscaping) throws Exception {
        signedInAs(ADMIN, true);

        Document screen = render(action(), hostEscaping);

        assertThat(screen.select("meta[name=decorator]").attr("content")).isEqualTo("atl.admin");
        assertThat(screen.title()).isEqualTo("Activity Lead: record existing pages");
        assertThat(screen.select("form")).hasSize(1);
        assertThat(screen.select("form").attr("method")).isEqualTo("post");
        assertThat(screen.select("form").attr("action")).isEqualTo("/wiki/admin/activity-lead/start-recording.action");
        assertThat(screen.select("form > input[type=hidden][name=atl_token]")).hasSize(1);
        assertThat(screen.select("form > button").text()).isEqualTo("Start recording");
        assertThat(screen.select("progress")).isEmpty();
        assertThat(screen.select("meta[http-equiv=refresh]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void showsARunningJobsProgressWhoItRunsAsAndTheStopForm(boolean hostEscaping) throws Exception {
        signedInAs(ADMIN, true);
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        progress.save(new BackfillProgress(BackfillState.RUNNING, "key-admin", Optional.of(at), Optional.of(at), 120, 50, 30, 1,
                List.of(77L), new Cursor(50, 900), Optional.empty()));
        String hostile = "<img src=x onerror=alert(1)> \u202Egnp.exe";
        when(users.find(new UserRef("key-admin"))).thenReturn(Optional.of(new HostUser<>(aPerson("admin").key("key-admin")
                .displayName(hostile).build(), mock(ConfluenceUser.class))));

        Document screen = render(action(), hostEscaping);

        assertThat(screen.select("#activity-lead-recording-summary").text()).isEqualTo("50 of 120 pages checked: 30 records written, 1 failed.");
        assertThat(screen.select("progress").attr("value")).isEqualTo("50");
        assertThat(screen.select("progress").attr("max")).isEqualTo("120");
        assertThat(screen.select("span.aui-lozenge-inprogress").text()).isEqualTo("Running");
        assertThat(screen.select("bdi").text()).isEqualTo("<img src=x onerror=alert(1)> gnp.exe");
        assertThat(screen.select("img[src=x], img[onerror]")).isEmpty();
        assertThat(screen.select("li > a").attr("href")).isEqualTo("/wiki/pages/viewpage.action?pageId=77");
        assertThat(screen.select("form")).hasSize(1);
        assertThat(screen.select("form").attr("action")).isEqualTo("/wiki/admin/activity-lead/stop-recording.action");
        assertThat(screen.select("form > input[name=atl_token]")).hasSize(1);
        assertThat(screen.select("meta[http-equiv=refresh]")).hasSize(1);
        assertThat(screen.select("[style], script, [onerror]")).isEmpty();
    }

    @Test
    void showsAResumeFormForAStoppedJob() throws Exception {
        signedInAs(ADMIN, true);
        progress.save(BackfillProgress.notStarted().startedBy("key-gone", Instant.parse("2026-12-03T10:00:00Z"))
                .stoppedFor(org.activitylead.core.backfill.BackfillProblem.STARTER_GONE, Instant.parse("2026-12-03T11:00:00Z")));

        Document screen = render(action(), true);

        assertThat(screen.select("form > button").text()).isEqualTo("Resume");
        assertThat(screen.select("div.aui-message-warning > p").text()).contains("no longer exists");
        assertThat(screen.select("bdi")).isEmpty();
    }
}
