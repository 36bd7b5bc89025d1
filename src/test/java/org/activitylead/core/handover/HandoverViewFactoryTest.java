package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.confluence.ConfluenceLinks;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

/** The reassignment screen's view, mapped from hand-built jobs. */
class HandoverViewFactoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final ConfluenceLinks LINKS = ConfluenceLinks.below("/wiki");
    private static final Person ALICE = aPerson("amartin").key("key-alice").displayName("Alice <Martin>").deactivated().build();
    private static final Person BOB = aPerson("blee").key("key-bob").displayName("Bob Lee").build();
    private static final HandoverRequest REQUEST = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD, Role.PM), BOB.key());

    private final HandoverViewFactory factory = new HandoverViewFactory(BundleTranslator.english(), LINKS, LINKS, ZoneOffset.UTC, HandoverWording.PAGES);

    private static HandoverViewFactory.Job job(HandoverProgress progress, List<PageResult> results, boolean stopRequested) {
        return new HandoverViewFactory.Job(progress, Optional.of(ALICE), Optional.of(BOB), results, stopRequested);
    }

    private static HandoverProgress dryRun(int total, PageResult... done) {
        return HandoverProgress.started(REQUEST, HandoverMode.DRY_RUN, "key-admin", total, NOW).after(List.of(done), NOW);
    }

    @Test
    void offersTheChoiceForTheChosenLeaverWithEveryRoleCheckedAndNothingElse() {
        HandoverView view = factory.view(Optional.of(ALICE), job(HandoverProgress.notStarted(), List.of(), false), List.of());

        assertThat(view.form().leaverUsernameHtml()).isEqualTo("amartin");
        assertThat(view.form().leaver().displayNameHtml()).isEqualTo("Alice &lt;Martin&gt;");
        assertThat(view.form().leaverKeyHtml()).isEqualTo("key-alice");
        assertThat(view.form().actionHtml()).isEqualTo("/wiki/admin/activity-lead/dry-run-reassign.action");
        assertThat(view.form().roles()).allMatch(RoleChoiceView::checked).extracting(RoleChoiceView::labelHtml)
                .containsExactly("Activity Lead", "PM", "Owner", "Reviewer");
        assertThat(view.job()).isNull();
        assertThat(view.confirm()).isNull();
        assertThat(view.refresh()).isFalse();
    }

    @Test
    void showsARunningJobWithItsProgressAndAStopButNoForm() {
        HandoverProgress running = dryRun(50, PageResult.changed(1L, "A", Set.of(Role.LEAD)), PageResult.left(2L, "B", PageOutcome.NOT_EDITABLE));

        HandoverView view = factory.view(Optional.of(ALICE), job(running, List.of(), false), List.of());

        assertThat(view.form()).isNull();
        assertThat(view.refresh()).isTrue();
        assertThat(view.job().summaryHtml()).isEqualTo("2 of 50 pages done.");
        assertThat(view.job().countsHtml()).isEqualTo("Would change: 1. Cannot change: 1. Failed: 0.");
        assertThat(List.of(view.job().doneHtml(), view.job().totalHtml())).containsExactly("2", "50");
        assertThat(view.job().stop().actionHtml()).isEqualTo("/wiki/admin/activity-lead/stop-reassign.action");
        assertThat(view.job().resume()).isNull();
        assertThat(view.job().successorUsernameHtml()).isEqualTo("blee");
    }

    @Test
    void saysAStopWasAskedForInsteadOfOfferingItAgain() {
        HandoverView view = factory.view(Optional.empty(), job(dryRun(50), List.of(), true), List.of());

        assertThat(view.job().stop()).isNull();
        assertThat(view.messages()).extracting(MessageView::textHtml).containsExactly("Stopping after the current batch of pages.");
    }

    @Test
    void confirmsAFinishedDryRunWithTheVeryRequestItChecked() {
        PageResult would = PageResult.changed(1L, "Plan & budget", Set.of(Role.PM));
        HandoverProgress finished = dryRun(2, would, PageResult.left(2L, "", PageOutcome.GONE));

        HandoverView view = factory.view(Optional.of(ALICE), job(finished, List.of(would, PageResult.left(2L, "", PageOutcome.GONE)), false),
                List.of());

        assertThat(view.confirm().labelHtml()).isEqualTo("Reassign on 1 pages");
        assertThat(view.confirm().leaverKeyHtml()).isEqualTo("key-alice");
        assertThat(view.confirm().successorKeyHtml()).isEqualTo("key-bob");
        assertThat(view.confirm().roles()).extracting(RoleChoiceView::valueHtml).containsExactly("lead", "pm");
        assertThat(view.job().results()).extracting(ResultRowView::titleHtml, ResultRowView::outcomeHtml, ResultRowView::urlHtml)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Plan &amp; budget", "Would change", "/wiki/pages/viewpage.action?pageId=1"),
                        org.assertj.core.groups.Tuple.tuple("Page 2", "Skipped: the page no longer exists.", null));
    }

    @Test
    void offersNoConfirmationWhenTheDryRunFoundNothingToChange() {
        HandoverProgress finished = dryRun(1, PageResult.left(1L, "A", PageOutcome.NAMED_AS_TEXT));

        assertThat(factory.view(Optional.of(ALICE), job(finished, List.of(), false), List.of()).confirm()).isNull();
    }

    @Test
    void offersToResumeAJobThatStoppedAndSaysWhy() {
        HandoverProgress stopped = dryRun(50).stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, NOW);

        HandoverView view = factory.view(Optional.empty(), job(stopped, List.of(), false), List.of("activity-lead.handover.error.running"));

        assertThat(view.job().resume().actionHtml()).isEqualTo("/wiki/admin/activity-lead/resume-reassign.action");
        assertThat(view.messages()).extracting(MessageView::cssClasses).containsExactly("aui-message aui-message-error",
                "aui-message aui-message-warning");
    }

    @Test
    void asksForAPersonWhenNoneIsChosenAndNoJobRan() {
        HandoverView view = factory.view(Optional.empty(), job(HandoverProgress.notStarted(), List.of(), false), List.of());

        assertThat(view.form()).isNull();
        assertThat(view.messages()).extracting(MessageView::textHtml).containsExactly(
                "Choose the person whose roles to hand over on the Activity Lead health screen.");
        assertThat(view.healthUrlHtml()).isEqualTo("/wiki/admin/activity-lead/health.action");
    }

    /** An issue tracker's links, as Jira's adapter builds them: issues by key. */
    private static final HandoverLinks ISSUE_LINKS = new HandoverLinks() {
        @Override
        public String handoverScreen(String leaverKey) {
            return "/reassign?leaver=" + leaverKey;
        }

        @Override
        public String dryRun() {
            return "/dry-run";
        }

        @Override
        public String reassign() {
            return "/reassign";
        }

        @Override
        public String stopHandover() {
            return "/stop";
        }

        @Override
        public String resumeHandover() {
            return "/resume";
        }

        @Override
        public String result(PageResult result) {
            return "/browse/" + result.key();
        }

        @Override
        public String healthScreen() {
            return "/health";
        }
    };

    @Test
    void speaksOfIssuesAndTheDriWhereTheProductHandsOverOneRoleAndShowsTheHostsReason() {
        HandoverViewFactory issues = new HandoverViewFactory(BundleTranslator.english(), LINKS, ISSUE_LINKS, ZoneOffset.UTC, HandoverWording.ISSUES);
        HandoverRequest dri = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key());
        PageResult would = PageResult.changedIssue(10001L, "ACT-1", "Plan & budget", Set.of(Role.LEAD));
        PageResult refused = PageResult.refusedIssue(10002L, "ACT-2", "Launch", "The DRI must be <active>.");
        HandoverProgress finished = HandoverProgress.started(dri, HandoverMode.DRY_RUN, "key-admin", 2, NOW).after(List.of(would, refused), NOW);

        HandoverView view = issues.view(Optional.of(ALICE), new HandoverViewFactory.Job(finished, Optional.of(ALICE), Optional.of(BOB),
                List.of(would, refused), false), List.of());

        assertThat(view.titleHtml()).isEqualTo("Reassign DRIs");
        assertThat(view.form().roles()).extracting(RoleChoiceView::labelHtml).containsExactly("DRI");
        assertThat(view.job().rolesColumn()).isFalse();
        assertThat(view.job().rolesHtml()).isEqualTo("Roles: DRI");
        assertThat(view.job().summaryHtml()).isEqualTo("2 of 2 issues done.");
        assertThat(view.job().results()).extracting(ResultRowView::titleHtml, ResultRowView::outcomeHtml, ResultRowView::urlHtml)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACT-1 Plan &amp; budget", "Would change", "/browse/ACT-1"),
                        org.assertj.core.groups.Tuple.tuple("ACT-2 Launch", "Skipped: the change was refused: The DRI must be &lt;active&gt;.",
                                "/browse/ACT-2"));
        assertThat(view.confirm().labelHtml()).isEqualTo("Reassign on 1 issues");
        assertThat(factory.view(Optional.of(ALICE), job(finished, List.of(), false), List.of()).job().rolesColumn()).isTrue();
    }

    @Test
    void offersNoConfirmationStopOrResumeToAViewerWhoMayNotChangeTheJob() {
        PageResult would = PageResult.changed(1L, "Plan", Set.of(Role.LEAD));
        HandoverProgress finished = dryRun(1, would);
        HandoverProgress running = HandoverProgress.started(REQUEST, HandoverMode.REASSIGN, "key-admin", 50, NOW);
        HandoverProgress stopped = running.stopped(NOW);

        for (HandoverProgress progress : List.of(finished, running, stopped)) {
            HandoverView view = factory.view(Optional.empty(), new HandoverViewFactory.Job(progress, Optional.of(ALICE), Optional.of(BOB),
                    List.of(), false, false), List.of());
            assertThat(view.confirm()).isNull();
            assertThat(view.job().stop()).isNull();
            assertThat(view.job().resume()).isNull();
        }
        assertThat(factory.view(Optional.empty(), job(finished, List.of(would), false), List.of()).confirm()).isNotNull();
        assertThat(factory.view(Optional.empty(), job(stopped, List.of(), false), List.of()).job().resume()).isNotNull();
    }
}
