package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.confluence.audit.StandardAuditResourceTypes;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.activitylead.core.handover.HandoverAudit;
import org.activitylead.core.handover.HandoverJobProblem;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.FakeClusterLocks;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.activitylead.host.HandoverJobs;

/** The handover job over stand-ins of Confluence's scheduler, cluster locks, settings, search and pages. */
class HandoverJobTest {

    private static final UserKey ADMIN = new UserKey("key-admin");
    private static final Person ALICE = aPerson("alice").deactivated().build();
    private static final Person BOB = aPerson("bob").build();
    private static final HandoverRequest REQUEST = new HandoverRequest(ALICE.key(), Set.of(Role.LEAD), BOB.key());

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final FakeClusterLocks locks = new FakeClusterLocks();
    private final FakePluginSettings settings = new FakePluginSettings();
    private final HandoverSettings ledger = new HandoverSettings(settings, settings);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final ConfluencePageHandovers pages = mock(ConfluencePageHandovers.class);
    private final ConfluenceActivitySearch search = mock(ConfluenceActivitySearch.class);
    private final ConfluenceUser admin = mock(ConfluenceUser.class);
    private final List<ConfluenceUser> actedAs = new ArrayList<>();
    private final List<Boolean> written = new ArrayList<>();
    private final AuditService audit = mock(AuditService.class);
    private final List<AuditEvent> audited = new ArrayList<>();
    private final List<ConfluenceUser> auditedAs = new ArrayList<>();
    private final StandardAuditResourceTypes types = mock(StandardAuditResourceTypes.class);
    private final HandoverJob job = new HandoverJob(scheduler, locks, ledger, users, pages, search, new HandoverAuditLog(audit, types));
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);

    HandoverJobTest() {
        knows(aPerson("admin").key("key-admin").build(), admin);
        knows(ALICE, mock(ConfluenceUser.class));
        knows(BOB, mock(ConfluenceUser.class));
        List<ReportHit> found = LongStream.rangeClosed(1, 30).mapToObj(id -> new ReportHit(id, "Page " + id, "/x", "ENG", "Eng", Optional.empty()))
                .toList();
        when(search.find(anyString(), anyInt())).thenReturn(new ActivitySearch.Found(found, 30));
        when(types.user()).thenReturn("User");
        when(types.page()).thenReturn("Page");
        doAnswer(call -> {
            audited.add(call.getArgument(0));
            auditedAs.add(AuthenticatedUserThreadLocal.get());
            return null;
        }).when(audit).audit(any());
        when(pages.handOver(anyLong(), any(), anyBoolean())).thenAnswer(call -> {
            actedAs.add(AuthenticatedUserThreadLocal.get());
            written.add(call.getArgument(2));
            return PageResult.changed(call.getArgument(0), "Page", Set.of(Role.LEAD));
        });
    }

    private void knows(Person person, ConfluenceUser user) {
        when(users.find(new UserRef(person.key()))).thenReturn(Optional.of(new HostUser<>(person, user)));
    }

    @AfterEach
    void noUserLeftOnTheThread() {
        assertThat(AuthenticatedUserThreadLocal.get()).isNull();
    }

    @Test
    void registersItsRunnerWhileTheAppIsEnabled() {
        job.afterPropertiesSet();
        job.destroy();

        verify(scheduler).registerJobRunner(JobRunnerKey.of(HandoverJob.NAME), job);
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of(HandoverJob.NAME));
    }

    @Test
    void aDryRunFindsThePagesAsTheAdministratorAndSchedulesTheJob() throws Exception {
        assertThat(job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty())).isEqualTo(HandoverJobs.Start.STARTED);

        verify(search).find(REQUEST.candidatesCql(), HandoverJobs.ITEMS);
        verify(scheduler).scheduleJob(eq(JobId.of(HandoverJob.NAME)), any());
        HandoverProgress progress = ledger.progress();
        assertThat(progress.state()).isEqualTo(HandoverState.RUNNING);
        assertThat(progress.mode()).isEqualTo(HandoverMode.DRY_RUN);
        assertThat(progress.total()).isEqualTo(30);
        assertThat(ledger.pages(1)).containsExactly(26L, 27L, 28L, 29L, 30L);
    }

    @Test
    void aSecondJobIsRefusedWhileOneRunsForAnyPerson() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());

        HandoverRequest other = new HandoverRequest("key-carol", Set.of(Role.PM), BOB.key());
        assertThat(job.dryRun(other, new UserKey("key-second-admin").getStringValue(), Optional.empty())).isEqualTo(HandoverJobs.Start.ALREADY_RUNNING);
        assertThat(job.reassign(REQUEST, ADMIN)).isEqualTo(HandoverJobs.Start.ALREADY_RUNNING);
        assertThat(ledger.progress().request()).contains(REQUEST);
    }

    @Test
    void aStartIsRefusedWhileAnotherNodeHoldsTheJobsLock() {
        assertThat(locks.getLockForName(HandoverJob.NAME).tryLock()).isTrue();

        assertThat(job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty())).isEqualTo(HandoverJobs.Start.ALREADY_RUNNING);
        assertThat(ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
    }

    @Test
    void runsTheDryRunAsTheAdministratorWithoutWritingAndUnschedulesWhenDone() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());

        job.runJob(request);

        assertThat(ledger.progress().state()).isEqualTo(HandoverState.FINISHED);
        assertThat(actedAs).hasSize(30).containsOnly(admin);
        assertThat(written).containsOnly(false);
        verify(scheduler).unscheduleJob(JobId.of(HandoverJob.NAME));
        assertThat(locks.held(HandoverJob.NAME)).isFalse();
    }

    @Test
    void reassignsOnlyAfterTheDryRunOfTheSameRequestOverItsPages() {
        assertThat(job.reassign(REQUEST, ADMIN)).isEqualTo(HandoverJobs.Start.NO_DRY_RUN);
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        written.clear();

        assertThat(job.reassign(new HandoverRequest(ALICE.key(), Set.of(Role.PM), BOB.key()), ADMIN)).isEqualTo(HandoverJobs.Start.NO_DRY_RUN);
        assertThat(job.reassign(REQUEST, ADMIN)).isEqualTo(HandoverJobs.Start.STARTED);
        job.runJob(request);

        assertThat(written).hasSize(30).containsOnly(true);
        assertThat(ledger.progress().mode()).isEqualTo(HandoverMode.REASSIGN);
        assertThat(ledger.progress().changed()).isEqualTo(30);
        assertThat(ledger.allResults(2)).hasSize(30);
    }

    @Test
    void stopsByItselfWhenTheSuccessorIsNoLongerActive() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        knows(aPerson("bob").deactivated().build(), mock(ConfluenceUser.class));

        job.runJob(request);

        assertThat(ledger.progress().state()).isEqualTo(HandoverState.STOPPED);
        assertThat(ledger.progress().problem()).contains(HandoverJobProblem.SUCCESSOR_GONE);
        assertThat(actedAs).isEmpty();
        assertThat(job.resume(ADMIN)).isEqualTo(HandoverJobs.Start.STARTED);
    }

    @Test
    void stopsByItselfWhenTheAdministratorItActsAsIsGone() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        when(users.find(new UserRef("key-admin"))).thenReturn(Optional.empty());

        job.runJob(request);

        assertThat(ledger.progress().problem()).contains(HandoverJobProblem.STARTER_GONE);
        assertThat(actedAs).isEmpty();
    }

    @Test
    void aRunOnAnotherNodeAbortsWhileTheLockIsHeld() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        assertThat(locks.getLockForName(HandoverJob.NAME).tryLock()).isTrue();

        job.runJob(request);

        assertThat(actedAs).isEmpty();
        assertThat(ledger.progress().done()).isZero();
    }

    @Test
    void stopsAtOnceBetweenRunsAndAsksTheRunningNodeOtherwise() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        assertThat(locks.getLockForName(HandoverJob.NAME).tryLock()).isTrue();

        job.stop();

        assertThat(ledger.stopRequested()).isTrue();
        assertThat(ledger.progress().running()).isTrue();
        locks.getLockForName(HandoverJob.NAME).unlock();

        job.runJob(request);

        assertThat(ledger.progress().state()).isEqualTo(HandoverState.STOPPED);
        assertThat(actedAs).isEmpty();
        assertThat(ledger.stopRequested()).isFalse();
        assertThat(job.resume(ADMIN)).isEqualTo(HandoverJobs.Start.STARTED);
        assertThat(job.resume(ADMIN)).isEqualTo(HandoverJobs.Start.ALREADY_RUNNING);
    }

    @Test
    void aFinishedReassignmentIsWrittenToTheAuditLogOnceAsTheAdministrator() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        assertThat(audited).isEmpty();
        job.reassign(REQUEST, ADMIN);

        job.runJob(request);
        job.runJob(request);
        job.stop();

        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).getActionI18nKey()).isEqualTo(HandoverAudit.FINISHED);
        assertThat(audited.get(0).getExtraAttributes()).anySatisfy(attribute -> {
            assertThat(attribute.getNameI18nKey()).isEqualTo(HandoverAudit.CHANGED);
            assertThat(attribute.getValue()).isEqualTo("30");
        });
        assertThat(auditedAs).containsExactly(admin);
    }

    @Test
    void aDryRunIsNeverWrittenToTheAuditLog() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.stop();

        verify(audit, never()).audit(any());
    }

    @Test
    void aStoppedReassignmentIsWrittenOnceAndItsResumedEndAgainWithoutItsPagesTwice() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        job.reassign(REQUEST, ADMIN);
        // Stopped after the first batch: the stop request is seen before the second.
        when(pages.handOver(eq(25L), any(), anyBoolean())).thenAnswer(call -> {
            ledger.requestStop();
            return PageResult.changed(25L, "Page", Set.of(Role.LEAD));
        });

        job.runJob(request);
        job.runJob(request);
        assertThat(ledger.progress().state()).isEqualTo(HandoverState.STOPPED);
        assertThat(job.resume(ADMIN)).isEqualTo(HandoverJobs.Start.STARTED);
        job.runJob(request);
        job.runJob(request);

        assertThat(audited).extracting(AuditEvent::getActionI18nKey).containsExactly(HandoverAudit.STOPPED, HandoverAudit.FINISHED);
        assertThat(audited.get(0).getAffectedObjects()).hasSize(2 + 25);
        assertThat(audited.get(1).getAffectedObjects()).hasSize(2 + 5);
    }

    @Test
    void aRunThatFindsTheJobEndedAfterANodeDiedWritesTheEntryTheDeadNodeDidNot() {
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        job.reassign(REQUEST, ADMIN);
        HandoverProgress started = ledger.progress();
        // The node saved its last batch and died before the audit log and the schedule's removal.
        ledger.save(started.stoppedFor(HandoverJobProblem.SUCCESSOR_GONE, started.startedAt().orElseThrow()));

        job.runJob(request);
        job.runJob(request);

        assertThat(audited).extracting(AuditEvent::getActionI18nKey).containsExactly(HandoverAudit.STOPPED_SUCCESSOR_GONE);
    }

    @Test
    void aFailingAuditLogNeverFailsTheJobNorIsTriedAgain() {
        doThrow(new IllegalStateException("audit log down")).when(audit).audit(any());
        job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty());
        job.runJob(request);
        job.reassign(REQUEST, ADMIN);

        job.runJob(request);
        job.runJob(request);

        assertThat(ledger.progress().state()).isEqualTo(HandoverState.FINISHED);
        assertThat(ledger.progress().changed()).isEqualTo(30);
        verify(audit).audit(any());
        verify(scheduler, atLeastOnce()).unscheduleJob(JobId.of(HandoverJob.NAME));
    }

    @Test
    void nothingStartsWhenTheSchedulerRefuses() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        assertThat(job.dryRun(REQUEST, ADMIN.getStringValue(), Optional.empty())).isEqualTo(HandoverJobs.Start.NOT_SCHEDULED);
        assertThat(ledger.progress().state()).isEqualTo(HandoverState.NOT_STARTED);
        assertThat(job.resume(ADMIN)).isEqualTo(HandoverJobs.Start.NOTHING_TO_RESUME);
        verify(pages, never()).handOver(anyLong(), any(), anyBoolean());
    }
}
