package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.host.HandoverJobs.Start;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The DRI reassignment job over {@link DriHandovers}' Jira: the real job, handovers and field type, with Jira's
 * scheduler, cluster locks, settings and issue service stood in for. Each run is one scheduler run on one node.
 */
class DriHandoverJobTest {

    private final DriHandovers jira = new DriHandovers().alicesEpics(30);
    private final JobRunnerRequest run = mock(JobRunnerRequest.class);
    private final HandoverRequest request = new HandoverRequest(jira.key("alice"), Set.of(Role.LEAD), jira.key("bob"));

    @AfterEach
    void noUserLeftOnTheThread() {
        assertThat(jira.authentication.getLoggedInUser()).isNull();
    }

    private void finishDryRun() {
        assertThat(jira.job.dryRun(request, jira.key("admin"), Optional.empty())).isEqualTo(Start.STARTED);
        jira.job.runJob(run);
        assertThat(jira.ledger.progress().state()).isEqualTo(HandoverState.FINISHED);
    }

    private List<PageResult> results() {
        HandoverProgress progress = jira.ledger.progress();
        return jira.ledger.allResults((progress.done() + HandoverRun.BATCH - 1) / HandoverRun.BATCH);
    }

    private Map<PageOutcome, Long> outcomes() {
        return results().stream().collect(Collectors.groupingBy(PageResult::outcome, Collectors.counting()));
    }

    @Test
    void registersItsRunnerWhileTheAppIsEnabled() {
        jira.job.afterPropertiesSet();
        jira.job.destroy();

        verify(jira.scheduler).registerJobRunner(JobRunnerKey.of(DriHandoverJob.NAME), jira.job);
        verify(jira.scheduler).unregisterJobRunner(JobRunnerKey.of(DriHandoverJob.NAME));
    }

    @Test
    void aDryRunFindsEveryIssueWhoseDriIsTheLeaverAndSchedulesTheJob() throws Exception {
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));
        jira.epic(30002L, "OPS-2", jira.ops, jira.key("bob"));

        assertThat(jira.job.dryRun(request, jira.key("admin"), Optional.empty())).isEqualTo(Start.STARTED);

        HandoverProgress progress = jira.ledger.progress();
        assertThat(progress.total()).isEqualTo(31);
        assertThat(progress.mode()).isEqualTo(HandoverMode.DRY_RUN);
        assertThat(progress.startedBy()).isEqualTo(jira.key("admin"));
        assertThat(jira.ledger.pages(0)).startsWith(20001L, 20002L).hasSize(HandoverRun.BATCH);
        assertThat(jira.ledger.pages(1)).endsWith(20030L, 30001L);
        verify(jira.scheduler).scheduleJob(eq(JobId.of(DriHandoverJob.NAME)), any());
    }

    @Test
    void aProjectAdministratorsDryRunCoversOnlyTheProjectsTheyAdminister() {
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));

        jira.job.dryRun(request, jira.key("pa"), Optional.of(Set.of(jira.act.getId())));

        assertThat(jira.ledger.progress().total()).isEqualTo(30);
        assertThat(jira.ledger.pages(1)).doesNotContain(30001L);
    }

    @Test
    void aSecondJobIsRefusedWhileOneRunsForAnyPerson() {
        jira.job.dryRun(request, jira.key("admin"), Optional.empty());
        HandoverRequest other = new HandoverRequest(jira.key("outsider"), Set.of(Role.LEAD), jira.key("bob"));

        assertThat(jira.job.dryRun(other, jira.key("pa"), Optional.of(Set.of(jira.act.getId())))).isEqualTo(Start.ALREADY_RUNNING);
        assertThat(jira.job.reassign(request, jira.key("admin"))).isEqualTo(Start.ALREADY_RUNNING);
        assertThat(jira.ledger.progress().request()).contains(request);
    }

    @Test
    void aStartIsRefusedWhileAnotherNodeHoldsTheJobsLock() {
        ClusterLock held = jira.locks.getLockForName(DriHandoverJob.NAME);
        assertThat(held.tryLock()).isTrue();
        try {
            assertThat(jira.job.dryRun(request, jira.key("admin"), Optional.empty())).isEqualTo(Start.ALREADY_RUNNING);
        } finally {
            held.unlock();
        }
        assertThat(jira.ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
    }

    @Test
    void theDryRunValidatesEveryIssueAsTheAdministratorAndWritesNothing() {
        finishDryRun();

        assertThat(jira.issueService.validated).hasSize(30);
        assertThat(jira.issueService.actedAs).containsOnly("admin");
        assertThat(jira.issueService.updated).isEmpty();
        assertThat(jira.stored.values()).containsOnly(jira.key("alice"));
        verify(jira.scheduler, atLeastOnce()).unscheduleJob(JobId.of(DriHandoverJob.NAME));
    }

    @Test
    void reassignsOnlyAfterTheDryRunOfTheSameRequestAndCountsItsProgress() {
        assertThat(jira.job.reassign(request, jira.key("admin"))).isEqualTo(Start.NO_DRY_RUN);
        finishDryRun();
        jira.issueService.failsToSave(20030L);

        assertThat(jira.job.reassign(request, jira.key("admin"))).isEqualTo(Start.STARTED);
        jira.job.runJob(run);

        HandoverProgress progress = jira.ledger.progress();
        assertThat(progress.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(progress.mode()).isEqualTo(HandoverMode.REASSIGN);
        assertThat(List.of(progress.done(), progress.changed(), progress.skipped(), progress.failed(), progress.total()))
                .containsExactly(30, 29, 0, 1, 30);
        assertThat(jira.stored).containsEntry(20001L, jira.key("bob")).containsEntry(20030L, jira.key("alice"));
        assertThat(outcomes()).containsEntry(PageOutcome.CHANGED, 29L).containsEntry(PageOutcome.NOT_SAVED, 1L);
    }

    @Test
    void theFieldsValidationRunsForEveryReassignedIssueAndAnIssueItRefusesIsNeverWritten() {
        // The successor may browse ACT but not OPS: the DRI field refuses them on OPS-1 alone.
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));
        finishDryRun();
        jira.issueService.validated.clear();

        jira.job.reassign(request, jira.key("admin"));
        jira.job.runJob(run);

        List<Long> everyIssue = jira.driIssues.naming(jira.key("alice"), Optional.empty());
        assertThat(everyIssue).containsExactly(30001L);
        assertThat(jira.issueService.validated).hasSize(31).doesNotHaveDuplicates();
        assertThat(jira.issueService.updated).hasSize(30).doesNotContain(30001L);
        PageResult refused = results().stream().filter(result -> result.pageId() == 30001L).findFirst().orElseThrow();
        assertThat(refused.outcome()).isEqualTo(PageOutcome.REFUSED);
        assertThat(refused.reason()).isEqualTo("The DRI must be able to browse this issue.");
        assertThat(jira.ledger.progress().skipped()).isEqualTo(1);
    }

    @Test
    void resumesAfterANodeDiedMidWayWithoutChangingAnyIssueTwice() {
        finishDryRun();
        jira.job.reassign(request, jira.key("admin"));
        // The node dies in the second batch, after ACT-26 to ACT-27 were saved but before the batch's results were.
        jira.issueService.crashesBefore(id -> id == 20028L);
        assertThatThrownBy(() -> jira.job.runJob(run)).hasMessage("the node died");
        assertThat(jira.ledger.progress().done()).isEqualTo(HandoverRun.BATCH);

        jira.issueService.crashesBefore(id -> false);
        jira.job.runJob(run);

        HandoverProgress progress = jira.ledger.progress();
        assertThat(progress.state()).isEqualTo(HandoverState.FINISHED);
        assertThat(jira.stored.values()).containsOnly(jira.key("bob"));
        assertThat(jira.issueService.updated).hasSize(30).doesNotHaveDuplicates();
        // The two saved before the crash no longer name Alice: the second run leaves them alone.
        assertThat(outcomes()).containsEntry(PageOutcome.CHANGED, 28L).containsEntry(PageOutcome.NO_LONGER_NAMED, 2L);
        assertThat(Collections.frequency(jira.issueService.updated, 20026L)).isEqualTo(1);
    }

    @Test
    void anEditBetweenTheDryRunAndTheWriteIsKept() {
        finishDryRun();
        jira.stored.put(20005L, jira.key("admin"));

        jira.job.reassign(request, jira.key("admin"));
        jira.job.runJob(run);

        assertThat(jira.stored).containsEntry(20005L, jira.key("admin"));
        assertThat(jira.issueService.updated).doesNotContain(20005L);
        assertThat(outcomes()).containsEntry(PageOutcome.NO_LONGER_NAMED, 1L).containsEntry(PageOutcome.CHANGED, 29L);
    }

    @Test
    void anIssueTheAdministratorMayNotEditIsSkippedWithTheReason() {
        jira.epic(30001L, "OPS-1", jira.ops, jira.key("alice"));
        jira.permissions.administer(jira.ops, jira.user("pa"));

        jira.job.dryRun(request, jira.key("pa"), Optional.of(Set.of(jira.act.getId(), jira.ops.getId())));
        jira.job.runJob(run);

        Map<Long, PageOutcome> byIssue = results().stream().collect(Collectors.toMap(PageResult::pageId, PageResult::outcome));
        assertThat(byIssue).containsEntry(30001L, PageOutcome.NOT_EDITABLE).containsEntry(20001L, PageOutcome.CHANGED);
        assertThat(jira.issueService.actedAs).containsOnly("pa");
    }

    @Test
    void stopsBetweenRunsAndResumesWhereItStopped() {
        finishDryRun();
        jira.job.reassign(request, jira.key("admin"));

        jira.job.stop();

        assertThat(jira.ledger.progress().state()).isEqualTo(HandoverState.STOPPED);
        assertThat(jira.job.resume(jira.key("admin"))).isEqualTo(Start.STARTED);
        assertThat(jira.job.resume(jira.key("admin"))).isEqualTo(Start.ALREADY_RUNNING);
        jira.job.runJob(run);
        assertThat(jira.ledger.progress().changed()).isEqualTo(30);
    }
}
