package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.activitylead.core.backfill.BackfillProblem;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.core.backfill.BackfillState;
import org.activitylead.core.backfill.PageRecorder;
import org.activitylead.core.backfill.PanelledPages;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RecordingJobTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final UserKey ADMIN = new UserKey("key-admin");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final FakePluginSettings settings = new FakePluginSettings();
    private final RecordingProgress progress = new RecordingProgress(settings, settings);
    private final ConfluenceUserDirectory users = mock(ConfluenceUserDirectory.class);
    private final ConfluenceUser admin = mock(ConfluenceUser.class);
    private final List<Long> pagesWithPanels = new ArrayList<>(LongStream.rangeClosed(1, 30).boxed().toList());
    private final List<ConfluenceUser> recordedAs = new ArrayList<>();
    private final List<Long> recordedPages = new ArrayList<>();
    private final ConfluencePanelledPages pages = mock(ConfluencePanelledPages.class);
    private final OwnershipRecorder recorder = mock(OwnershipRecorder.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final RecordingJob job = new RecordingJob(scheduler, locks, pageManager, settings, progress, users, pages, recorder);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);

    RecordingJobTest() {
        when(pages.find(anyInt(), anyInt())).thenAnswer(call -> {
            int from = call.getArgument(0);
            int limit = call.getArgument(1);
            int size = pagesWithPanels.size();
            return new PanelledPages.Found(pagesWithPanels.subList(Math.min(from, size), Math.min(from + limit, size)), size);
        });
        when(pageManager.getAbstractPage(anyLong())).thenAnswer(call -> page(call.getArgument(0)));
        when(recorder.record(any())).thenAnswer(call -> {
            recordedAs.add(AuthenticatedUserThreadLocal.get());
            recordedPages.add(call.<AbstractPage>getArgument(0).getId());
            return PageRecorder.Outcome.WRITTEN;
        });
        when(locks.getLockForName(RecordingJob.NAME)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(users.find(new UserRef("key-admin"))).thenReturn(Optional.of(new HostUser<>(aPerson("admin").key("key-admin").build(), admin)));
    }

    private static AbstractPage page(long id) {
        AbstractPage page = mock(AbstractPage.class);
        when(page.getId()).thenReturn(id);
        return page;
    }

    @AfterEach
    void noUserLeftOnTheThread() {
        assertThat(AuthenticatedUserThreadLocal.get()).isNull();
    }

    @Test
    void registersItsRunnerWhileTheAppIsEnabledAndKeepsItsSchedule() {
        job.afterPropertiesSet();
        job.destroy();

        verify(scheduler).registerJobRunner(JobRunnerKey.of(RecordingJob.NAME), job);
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of(RecordingJob.NAME));
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void startSchedulesOneRunAtATimeInTheClusterAndSavesWhoStartedIt() throws Exception {
        assertThat(job.start(ADMIN)).isEqualTo(RecordingJob.Start.STARTED);

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of(RecordingJob.NAME)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of(RecordingJob.NAME));
        assertThat(progress.read().state()).isEqualTo(BackfillState.RUNNING);
        assertThat(progress.read().startedBy()).isEqualTo("key-admin");
        verify(lock).unlock();
    }

    @Test
    void aStartWhileAnotherNodeHoldsTheLockChangesNothing() throws Exception {
        when(lock.tryLock()).thenReturn(false);

        assertThat(job.start(ADMIN)).isEqualTo(RecordingJob.Start.ALREADY_RUNNING);

        verify(scheduler, never()).scheduleJob(any(), any());
        verify(lock, never()).unlock();
        assertThat(progress.read()).isEqualTo(BackfillProgress.notStarted());
    }

    @Test
    void aStartWhileRunningOnlySchedulesItAgainSoALostScheduleCannotStrandIt() throws Exception {
        BackfillProgress running = BackfillProgress.notStarted().startedBy("key-other", NOW);
        progress.save(running);

        assertThat(job.start(ADMIN)).isEqualTo(RecordingJob.Start.ALREADY_RUNNING);

        assertThat(progress.read()).isEqualTo(running);
        verify(scheduler).scheduleJob(eq(JobId.of(RecordingJob.NAME)), any());
        verify(lock).unlock();
    }

    @Test
    void aScheduleThatFailsStartsNothingAndLosesNothing() throws Exception {
        doThrow(new SchedulerServiceException("no scheduler")).when(scheduler).scheduleJob(any(), any());

        assertThat(job.start(ADMIN)).isEqualTo(RecordingJob.Start.NOT_SCHEDULED);

        assertThat(progress.read()).isEqualTo(BackfillProgress.notStarted());
        verify(lock).unlock();
    }

    @Test
    void aStartClearsAnOldStopRequest() {
        progress.requestStop();

        job.start(ADMIN);

        assertThat(progress.stopRequested()).isFalse();
    }

    @Test
    void runsAsTheAdministratorWhoStartedItAndRemovesItsScheduleWhenFinished() {
        job.start(ADMIN);

        assertThat(job.runJob(request)).isEqualTo(JobRunnerResponse.success());

        assertThat(recordedAs).hasSize(30).containsOnly(admin);
        assertThat(recordedPages).containsExactlyElementsOf(pagesWithPanels);
        assertThat(settings.transactions).isGreaterThan(30);
        assertThat(progress.read().state()).isEqualTo(BackfillState.FINISHED);
        verify(scheduler).unscheduleJob(JobId.of(RecordingJob.NAME));
        verify(lock, org.mockito.Mockito.times(2)).unlock();
    }

    @Test
    void givesBackTheThreadsUserAfterARun() {
        ConfluenceUser schedulerUser = mock(ConfluenceUser.class);
        job.start(ADMIN);
        AuthenticatedUserThreadLocal.set(schedulerUser);
        try {
            job.runJob(request);

            assertThat(AuthenticatedUserThreadLocal.get()).isSameAs(schedulerUser);
        } finally {
            AuthenticatedUserThreadLocal.set(null);
        }
    }

    @Test
    void aRunWhileAnotherNodeHoldsTheLockIsAbortedAndTouchesNothing() {
        job.start(ADMIN);
        when(lock.tryLock()).thenReturn(false);

        JobRunnerResponse response = job.runJob(request);

        assertThat(response.getMessage()).isEqualTo("Another node is recording pages");
        assertThat(recordedAs).isEmpty();
        assertThat(progress.read().checked()).isZero();
    }

    @Test
    void pausesWhenTheHostAsksAndGoesOnAtTheNextRun() {
        job.start(ADMIN);
        when(request.isCancellationRequested()).thenReturn(true);

        job.runJob(request);

        assertThat(recordedAs).isEmpty();
        assertThat(progress.read().running()).isTrue();
        verify(scheduler, never()).unscheduleJob(any());

        when(request.isCancellationRequested()).thenReturn(false);
        job.runJob(request);
        assertThat(recordedAs).hasSize(30);
    }

    @Test
    void aStopBetweenRunsStopsAtOnceAndCanBeResumed() {
        job.start(ADMIN);

        job.stop();

        assertThat(progress.read().state()).isEqualTo(BackfillState.STOPPED);
        assertThat(progress.stopRequested()).isFalse();
        verify(scheduler).unscheduleJob(JobId.of(RecordingJob.NAME));
        assertThat(job.start(ADMIN)).isEqualTo(RecordingJob.Start.STARTED);
        assertThat(progress.read().running()).isTrue();
    }

    @Test
    void aStopDuringARunOnAnotherNodeIsAskedOfThatRun() {
        job.start(ADMIN);
        when(lock.tryLock()).thenReturn(false);

        job.stop();

        assertThat(progress.stopRequested()).isTrue();
        assertThat(progress.read().running()).isTrue();
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void aRunThatFindsAStopAskedForStopsBeforeItsNextBatch() {
        job.start(ADMIN);
        progress.requestStop();

        job.runJob(request);

        assertThat(recordedAs).isEmpty();
        assertThat(progress.read().state()).isEqualTo(BackfillState.STOPPED);
        assertThat(progress.stopRequested()).isFalse();
        verify(scheduler).unscheduleJob(JobId.of(RecordingJob.NAME));
    }

    @Test
    void stopsWhenTheAdministratorItRunsAsIsGoneOrDeactivated() {
        job.start(ADMIN);
        when(users.find(new UserRef("key-admin"))).thenReturn(Optional.of(new HostUser<>(aPerson("admin").key("key-admin").deactivated().build(), admin)));

        job.runJob(request);

        assertThat(recordedAs).isEmpty();
        assertThat(progress.read().state()).isEqualTo(BackfillState.STOPPED);
        assertThat(progress.read().problem()).contains(BackfillProblem.STARTER_GONE);
        verify(scheduler).unscheduleJob(JobId.of(RecordingJob.NAME));
    }

    @Test
    void aRunWithNothingToDoRemovesItsSchedule() {
        job.runJob(request);

        verify(scheduler).unscheduleJob(JobId.of(RecordingJob.NAME));
        assertThat(recordedAs).isEmpty();
    }
}
