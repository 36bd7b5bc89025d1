package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activitylead.core.backfill.BackfillProblem;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.core.backfill.BackfillState;
import org.activitylead.core.backfill.Cursor;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakePluginSettings;

/**
 * The recording screen's action in each state an administrator can meet, over stand-ins at the host seam only (SAL's
 * settings, users, the scheduler-backed job): for the template tests and the browser suite.
 */
public final class RecordingScreens {

    public static final Instant STARTED = Instant.parse("2026-12-01T08:00:00Z");
    public static final Instant UPDATED = Instant.parse("2026-12-03T09:30:00Z");

    private final FakePluginSettings settings = new FakePluginSettings();
    private final RecordingProgress progress = new RecordingProgress(settings, settings);
    private final UserManager userManager = mock(UserManager.class);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final RecordingJob job = mock(RecordingJob.class);
    private final ConfluenceHost host;

    private RecordingScreens(Locale locale) {
        host = ConfluenceHost.in(locale, "/wiki", "https://wiki.example.com/wiki");
        UserKey admin = new UserKey("key-admin");
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);
        when(job.start(admin)).thenReturn(RecordingJob.Start.NOT_SCHEDULED);
    }

    /** Run as {@code starter}, shown as that person. */
    private RecordingScreens runAs(Person starter) {
        when(users.find(new UserRef(starter.key()))).thenReturn(Optional.of(new HostUser<>(starter, mock(ConfluenceUser.class))));
        return this;
    }

    private RecordingAdminAction with(BackfillProgress now, boolean stopRequested) {
        progress.save(now);
        if (stopRequested) {
            progress.requestStop();
        }
        return new RecordingAdminAction(job, progress, userManager, users, host.translations(), host.properties());
    }

    public static RecordingAdminAction notStarted(Locale locale) {
        return new RecordingScreens(locale).with(BackfillProgress.notStarted(), false);
    }

    /** Running as {@code starter}, with some pages failed. */
    public static RecordingAdminAction running(Locale locale, Person starter) {
        return new RecordingScreens(locale).runAs(starter).with(new BackfillProgress(BackfillState.RUNNING, starter.key(), Optional.of(STARTED),
                Optional.of(UPDATED), 1250, 475, 310, 2, List.of(98_305L, 131_074L), new Cursor(475, 131_074L), Optional.empty()), false);
    }

    public static RecordingAdminAction stopping(Locale locale) {
        Person admin = aPerson("admin").key("key-admin").displayName("Ada Admin").build();
        return new RecordingScreens(locale).runAs(admin).with(new BackfillProgress(BackfillState.RUNNING, admin.key(), Optional.of(STARTED),
                Optional.of(UPDATED), 1250, 500, 320, 0, List.of(), new Cursor(500, 140_000L), Optional.empty()), true);
    }

    /** Stopped because the administrator it ran as was deactivated. */
    public static RecordingAdminAction stoppedForAGoneStarter(Locale locale) {
        Person gone = aPerson("former").key("key-former").displayName("Former Admin").deactivated().build();
        return new RecordingScreens(locale).runAs(gone).with(BackfillProgress.notStarted().startedBy(gone.key(), STARTED)
                .stoppedFor(BackfillProblem.STARTER_GONE, UPDATED), false);
    }

    public static RecordingAdminAction finished(Locale locale) {
        Person admin = aPerson("admin").key("key-admin").displayName("Ada Admin").build();
        return new RecordingScreens(locale).runAs(admin).with(new BackfillProgress(BackfillState.FINISHED, admin.key(), Optional.of(STARTED),
                Optional.of(UPDATED), 1250, 1250, 1180, 0, List.of(), Cursor.START, Optional.empty()), false);
    }

    /** After a start that Confluence's scheduler refused: the screen again, with the error. */
    public static RecordingAdminAction scheduleRefused(Locale locale) {
        RecordingAdminAction action = new RecordingScreens(locale).with(BackfillProgress.notStarted(), false);
        action.start();
        return action;
    }

    /** Every state, together taking every branch of the screen's template. */
    public static List<RecordingAdminAction> everyState(Locale locale) {
        return List.of(notStarted(locale), running(locale, aPerson("admin").key("key-admin").displayName("Ada Admin").build()), stopping(locale),
                stoppedForAGoneStarter(locale), finished(locale), scheduleRefused(locale));
    }
}
