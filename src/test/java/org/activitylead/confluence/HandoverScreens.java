package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.activitylead.core.handover.HandoverJobProblem;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakePluginSettings;
import org.activitylead.host.HandoverJobs;

/**
 * The reassignment screen's action in each state an administrator can meet, over stand-ins at the host seam only
 * (SAL's settings, users, the scheduler-backed job): for the template tests and the browser suite.
 */
public final class HandoverScreens {

    public static final Instant STARTED = Instant.parse("2026-12-01T08:00:00Z");
    public static final Instant UPDATED = Instant.parse("2026-12-03T09:30:00Z");
    public static final Person ALICE = aPerson("amartin").key("key-alice").displayName("Alice Martin").deactivated().build();
    public static final Person BOB = aPerson("blee").key("key-bob").displayName("Bob Lee").build();
    public static final HandoverRequest LEAD_AND_REVIEWER = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD, Role.REVIEWER), BOB.key());

    private final FakePluginSettings settings = new FakePluginSettings();
    private final HandoverSettings ledger = new HandoverSettings(settings, settings);
    private final UserManager userManager = mock(UserManager.class);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final HandoverJob job = mock(HandoverJob.class);
    private final ConfluenceHost host;

    private HandoverScreens(Locale locale) {
        host = ConfluenceHost.in(locale, "/wiki", "https://wiki.example.com/wiki");
        UserKey admin = new UserKey("key-admin");
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);
        when(job.dryRun(any(), any(), any())).thenReturn(HandoverJobs.Start.ALREADY_RUNNING);
        knows(ALICE, BOB);
    }

    private HandoverScreens knows(Person... people) {
        for (Person person : people) {
            HostUser<ConfluenceUser> user = new HostUser<>(person, mock(ConfluenceUser.class));
            when(users.find(new UserRef(person.key()))).thenReturn(Optional.of(user));
            when(users.find(new UserRef(person.username()))).thenReturn(Optional.of(user));
        }
        return this;
    }

    private HandoverAdminAction with(HandoverProgress now, List<PageResult> results, boolean stopRequested) {
        ledger.savePages(LongStream.rangeClosed(1, now.total()).boxed().toList());
        for (int batch = 0; batch * HandoverRun.BATCH < results.size(); batch++) {
            ledger.saveResults(batch, results.subList(batch * HandoverRun.BATCH, Math.min(results.size(), (batch + 1) * HandoverRun.BATCH)));
        }
        ledger.save(now);
        if (stopRequested) {
            ledger.requestStop();
        }
        return new HandoverAdminAction(job, ledger, userManager, users, host.translations(), host.properties());
    }

    private static HandoverProgress progress(HandoverState state, HandoverMode mode, int total, int changed, int skipped, int failed) {
        return new HandoverProgress(state, mode, Optional.of(LEAD_AND_REVIEWER), "key-admin", Optional.of(STARTED), Optional.of(UPDATED), total,
                changed + skipped + failed, changed, skipped, failed, Optional.empty());
    }

    /** The results of a finished pass: changed pages first, then one page for each reason a page is left alone. */
    static List<PageResult> results(int changed) {
        List<PageResult> results = new ArrayList<>();
        for (int i = 1; i <= changed; i++) {
            results.add(PageResult.changed(100L + i, "Launch plan " + i, i % 2 == 0 ? Set.of(Role.LEAD, Role.REVIEWER) : Set.of(Role.LEAD)));
        }
        results.add(PageResult.left(201L, "Budget 2027", PageOutcome.NOT_EDITABLE));
        results.add(PageResult.left(202L, "Old roadmap", PageOutcome.NO_LONGER_NAMED));
        results.add(PageResult.left(203L, "Team charter", PageOutcome.NAMED_AS_TEXT));
        return results;
    }

    /** Reached without a person chosen on the health screen. */
    public static HandoverAdminAction noneChosen(Locale locale) {
        return new HandoverScreens(locale).with(HandoverProgress.notStarted(), List.of(), false);
    }

    /** The choice of roles and successor for a deactivated leaver, as the health screen's link opens it. */
    public static HandoverAdminAction chosen(Locale locale, Person leaver) {
        HandoverAdminAction action = new HandoverScreens(locale).knows(leaver).with(HandoverProgress.notStarted(), List.of(), false);
        action.setLeaver(leaver.key());
        return action;
    }

    /** A dry run at 40 %. */
    public static HandoverAdminAction dryRunRunning(Locale locale) {
        return new HandoverScreens(locale).with(progress(HandoverState.RUNNING, HandoverMode.DRY_RUN, 50, 16, 3, 1), List.of(), false);
    }

    /** A reassignment at 40 % that an administrator asked to stop. */
    public static HandoverAdminAction stopping(Locale locale) {
        return new HandoverScreens(locale).with(progress(HandoverState.RUNNING, HandoverMode.REASSIGN, 50, 18, 2, 0), List.of(), true);
    }

    /** A finished dry run: what would change, what cannot, and the confirmation. */
    public static HandoverAdminAction dryRunDone(Locale locale) {
        return new HandoverScreens(locale).with(progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 7, 4, 3, 0), results(4), false);
    }

    /** A finished reassignment with skips and one failure. */
    public static HandoverAdminAction reassigned(Locale locale) {
        List<PageResult> results = results(4);
        results.add(PageResult.left(204L, "Release notes", PageOutcome.NOT_SAVED));
        results.add(PageResult.left(205L, "", PageOutcome.GONE));
        return new HandoverScreens(locale).with(progress(HandoverState.FINISHED, HandoverMode.REASSIGN, 9, 4, 4, 1), results, false);
    }

    /** Stopped by itself because the successor was deactivated in the meantime: it can be resumed. */
    public static HandoverAdminAction stoppedForTheSuccessor(Locale locale) {
        HandoverProgress stopped = progress(HandoverState.RUNNING, HandoverMode.REASSIGN, 50, 10, 0, 0)
                .stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, UPDATED);
        return new HandoverScreens(locale).with(stopped, results(10).subList(0, 10), false);
    }

    /** A second administrator's dry run while a job runs: the screen again, told so. */
    public static HandoverAdminAction alreadyRunning(Locale locale) {
        HandoverAdminAction action = chosen(locale, ALICE);
        action.setRoles(new String[] {"lead", "reviewer"});
        action.setSuccessor(BOB.username());
        action.dryRun();
        return action;
    }

    /** A finished dry run whose leaver, successor and page titles all carry {@code text} (hostile-input tests). */
    public static HandoverAdminAction named(Locale locale, String text) {
        Person leaver = Person.of("key-alice", "amartin", text, false, "/images/icons/profilepics/default.png");
        Person successor = Person.of("key-bob", "blee", text, true, "/images/icons/profilepics/default.png");
        List<PageResult> results = List.of(PageResult.changed(101L, text, Set.of(Role.LEAD)), PageResult.left(102L, text, PageOutcome.NOT_EDITABLE));
        HandoverAdminAction action = new HandoverScreens(locale).knows(leaver, successor)
                .with(progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 2, 1, 1, 0), results, false);
        action.setLeaver(leaver.key());
        return action;
    }

    /**
     * The space ENG's reassignment screen, as the user with this key sees it, a space administrator (not a Confluence
     * administrator): over the same stored job as the console's states.
     */
    private SpaceHandoverAction inSpace(String viewerKey) {
        ConfluenceSpaceAdmins spaceAdmins = mock(ConfluenceSpaceAdmins.class);
        SpaceKey eng = new SpaceKey("ENG");
        when(spaceAdmins.healthScope(eng)).thenReturn(Optional.of(HealthScope.space(eng, false)));
        UserManager viewer = mock(UserManager.class);
        when(viewer.getRemoteUserKey()).thenReturn(new UserKey(viewerKey));
        SpaceHandoverAction action = new SpaceHandoverAction(spaceAdmins, job, ledger, users, viewer, host.translations(), host.properties());
        action.setKey("ENG");
        return action;
    }

    /** A space administrator's own finished dry run in their space: the confirmation, the pages. */
    public static SpaceHandoverAction spaceDryRunDone(Locale locale) {
        HandoverScreens screens = new HandoverScreens(locale);
        screens.with(progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 7, 4, 3, 0), results(4), false);
        SpaceHandoverAction action = screens.inSpace("key-admin");
        action.setLeaver(ALICE.key());
        return action;
    }

    /** A space administrator looking at a job someone else started: its progress, not its pages, and no Stop. */
    public static SpaceHandoverAction spaceOthersJob(Locale locale) {
        HandoverScreens screens = new HandoverScreens(locale);
        screens.with(progress(HandoverState.FINISHED, HandoverMode.REASSIGN, 9, 4, 4, 1), results(4), false);
        return screens.inSpace("key-space-admin");
    }

    /** A space administrator's request refused because another administrator's job is to be confirmed. */
    public static SpaceHandoverAction spaceNotYours(Locale locale) {
        HandoverScreens screens = new HandoverScreens(locale);
        screens.with(progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 7, 4, 3, 0), results(4), false);
        SpaceHandoverAction action = screens.inSpace("key-space-admin");
        action.setLeaver(ALICE.key());
        action.setRoles(new String[] {"lead", "reviewer"});
        action.setSuccessorKey(BOB.key());
        action.reassign();
        return action;
    }

    /** Every state of the space's screen, together taking every branch of its template's own part. */
    public static List<SpaceHandoverAction> everySpaceState(Locale locale) {
        return List.of(spaceDryRunDone(locale), spaceOthersJob(locale), spaceNotYours(locale));
    }

    /** Every state, together taking every branch of the screen's template. */
    public static List<HandoverAdminAction> everyState(Locale locale) {
        return List.of(noneChosen(locale), chosen(locale, ALICE), dryRunRunning(locale), stopping(locale), dryRunDone(locale), reassigned(locale),
                stoppedForTheSuccessor(locale), alreadyRunning(locale));
    }
}
