package org.activitylead.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
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
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;

/**
 * The DRI reassignment screen's action in each state an administrator can meet, over {@link DriHandovers}' Jira (stand-ins
 * at the host seam only): for the action's tests, the template tests, the hostile suite and the browser suite.
 */
public final class DriHandoverScreens {

    public static final Instant STARTED = Instant.parse("2026-12-01T08:00:00Z");
    public static final Instant UPDATED = Instant.parse("2026-12-03T09:30:00Z");

    final DriHandovers jira;
    private final UserManager sal = mock(UserManager.class);
    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private String viewer = "admin";

    DriHandoverScreens(Locale locale) {
        this(new DriHandovers(locale));
    }

    DriHandoverScreens(DriHandovers jira) {
        this.jira = jira;
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(sal.isAdmin(any())).thenAnswer(call -> call.<UserKey>getArgument(0).getStringValue().equals(jira.key("admin")));
    }

    /** The screen as this user (a username the Jira knows, or anything else for nobody signed in) sees it. */
    DriHandoverScreens as(String username) {
        this.viewer = username;
        return this;
    }

    DriHandoverAction action() {
        ApplicationUser user = jira.users.has(viewer) ? jira.user(viewer) : null;
        jira.authentication.setLoggedInUser(user);
        UserKey key = user == null ? null : new UserKey(user.getKey());
        when(sal.getRemoteUserKey()).thenReturn(key);
        return new DriHandoverAction(jira.authentication, sal, jira.permissions, jira.job, jira.ledger, jira.directory,
                new JiraTranslations(jira.authentication), properties);
    }

    HandoverRequest aliceToBob() {
        return new HandoverRequest(jira.key("alice"), Set.of(Role.LEAD), jira.key("bob"));
    }

    private DriHandoverAction with(HandoverProgress now, List<PageResult> results, boolean stopRequested) {
        jira.ledger.savePages(LongStream.rangeClosed(1, now.total()).boxed().toList());
        for (int batch = 0; batch * HandoverRun.BATCH < results.size(); batch++) {
            jira.ledger.saveResults(batch, results.subList(batch * HandoverRun.BATCH, Math.min(results.size(), (batch + 1) * HandoverRun.BATCH)));
        }
        jira.ledger.save(now);
        if (stopRequested) {
            jira.ledger.requestStop();
        }
        return action();
    }

    private HandoverProgress progress(HandoverState state, HandoverMode mode, int total, int changed, int skipped, int failed) {
        return new HandoverProgress(state, mode, Optional.of(aliceToBob()), jira.key("admin"), Optional.of(STARTED), Optional.of(UPDATED), total,
                changed + skipped + failed, changed, skipped, failed, Optional.empty());
    }

    /** Changed issues first, then one issue for each reason an issue is left alone. */
    static List<PageResult> results(int changed) {
        List<PageResult> results = new ArrayList<>();
        for (int i = 1; i <= changed; i++) {
            results.add(PageResult.changedIssue(20_000L + i, "ACT-" + i, "Launch plan " + i, Set.of(Role.LEAD)));
        }
        results.add(PageResult.leftIssue(20_101L, "OPS-1", "Budget 2027", PageOutcome.NOT_EDITABLE));
        results.add(PageResult.leftIssue(20_102L, "ACT-102", "Old roadmap", PageOutcome.NO_LONGER_NAMED));
        results.add(PageResult.refusedIssue(20_103L, "OPS-2", "Team charter", "The DRI must be able to browse this issue."));
        return results;
    }

    /** Reached without a person chosen on the health screen. */
    public static DriHandoverAction noneChosen(Locale locale) {
        return new DriHandoverScreens(locale).with(HandoverProgress.notStarted(), List.of(), false);
    }

    /** The successor's choice for deactivated Alice, as the health screen's Reassign button opens it. */
    public static DriHandoverAction chosen(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        DriHandoverAction action = screens.with(HandoverProgress.notStarted(), List.of(), false);
        action.setLeaver(screens.jira.key("alice"));
        return action;
    }

    /** A dry run at 40 %. */
    public static DriHandoverAction dryRunRunning(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        return screens.with(screens.progress(HandoverState.RUNNING, HandoverMode.DRY_RUN, 50, 16, 3, 1), List.of(), false);
    }

    /** A reassignment at 40 % that an administrator asked to stop. */
    public static DriHandoverAction stopping(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        return screens.with(screens.progress(HandoverState.RUNNING, HandoverMode.REASSIGN, 50, 18, 2, 0), List.of(), true);
    }

    /** A finished dry run: what would change, what cannot and why, and the confirmation. */
    public static DriHandoverAction dryRunDone(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        return screens.with(screens.progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 7, 4, 3, 0), results(4), false);
    }

    /** A finished reassignment with skips and one failure. */
    public static DriHandoverAction reassigned(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        List<PageResult> results = results(4);
        results.add(PageResult.leftIssue(20_104L, "ACT-104", "Release notes", PageOutcome.NOT_SAVED));
        results.add(PageResult.leftIssue(20_105L, "", "", PageOutcome.GONE));
        return screens.with(screens.progress(HandoverState.FINISHED, HandoverMode.REASSIGN, 9, 4, 4, 1), results, false);
    }

    /** Stopped by itself because the successor was deactivated in the meantime: it can be resumed. */
    public static DriHandoverAction stoppedForTheSuccessor(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        HandoverProgress stopped = screens.progress(HandoverState.RUNNING, HandoverMode.REASSIGN, 50, 10, 0, 0)
                .stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, UPDATED);
        return screens.with(stopped, results(10).subList(0, 10), false);
    }

    /** A second administrator's dry run while a job runs: the screen again, told so. */
    public static DriHandoverAction alreadyRunning(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale);
        screens.with(screens.progress(HandoverState.RUNNING, HandoverMode.DRY_RUN, 50, 16, 3, 1), List.of(), false);
        DriHandoverAction action = screens.action();
        action.setLeaver(screens.jira.key("alice"));
        action.setRoles(new String[] {"lead"});
        action.setSuccessor("bob");
        action.doDryRun();
        return action;
    }

    /** A project administrator looking at a Jira administrator's finished job: its progress, but not its issues. */
    public static DriHandoverAction othersJob(Locale locale) {
        DriHandoverScreens screens = new DriHandoverScreens(locale).as("pa");
        return screens.with(screens.progress(HandoverState.FINISHED, HandoverMode.REASSIGN, 9, 4, 4, 1), results(4), false);
    }

    /** A finished dry run whose leaver, successor and issue summaries all carry {@code text} (hostile-input tests). */
    public static DriHandoverAction named(Locale locale, String text) {
        DriHandoverScreens screens = new DriHandoverScreens(new DriHandovers(locale, text, text));
        List<PageResult> results = List.of(PageResult.changedIssue(20_001L, "ACT-1", text, Set.of(Role.LEAD)),
                PageResult.refusedIssue(20_002L, "ACT-2", text, text));
        DriHandoverAction action = screens.with(screens.progress(HandoverState.FINISHED, HandoverMode.DRY_RUN, 2, 1, 1, 0), results, false);
        action.setLeaver(screens.jira.key("alice"));
        return action;
    }

    /** Every state, together taking every branch of the screen's template. */
    public static List<DriHandoverAction> everyState(Locale locale) {
        return List.of(noneChosen(locale), chosen(locale), dryRunRunning(locale), stopping(locale), dryRunDone(locale), reassigned(locale),
                stoppedForTheSuccessor(locale), alreadyRunning(locale), othersJob(locale));
    }
}
