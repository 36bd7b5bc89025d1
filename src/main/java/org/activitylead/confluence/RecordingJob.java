package org.activitylead.confluence;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.activitylead.core.backfill.Backfill;
import org.activitylead.core.backfill.BackfillProblem;
import org.activitylead.core.backfill.BackfillProgress;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.activitylead.host.ClusterJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The job that records pages saved before the app was installed, in Confluence's scheduler: a schedule every minute,
 * run on one node of the cluster at a time, under a cluster lock, as the administrator who started it (Confluence
 * checks that user's permissions on every read and write). Each run goes on from the progress in the database for a
 * few minutes, so a node that stops, restarts or leaves the cluster costs at most one batch; once the job has
 * finished or stopped, its schedule removes itself.
 */
@ConfluenceComponent
public class RecordingJob implements JobRunner, InitializingBean, DisposableBean {

    static final String NAME = "org.activitylead.recording";

    private static final Logger LOG = LoggerFactory.getLogger(RecordingJob.class);

    /** What an administrator's start came to. */
    enum Start { STARTED, ALREADY_RUNNING, NOT_SCHEDULED }

    private final ClusterJob job;
    private final RecordingProgress progress;
    private final ConfluenceUserDirectory users;
    private final Backfill backfill;
    private final Clock clock;

    public RecordingJob(@ConfluenceImport SchedulerService scheduler, @ConfluenceImport ClusterLockService locks,
                        @ConfluenceImport PageManager pageManager, @ConfluenceImport TransactionTemplate transactions,
                        RecordingProgress progress, ConfluenceUserDirectory users, ConfluencePanelledPages pages, OwnershipRecorder recorder) {
        this.clock = Clock.systemUTC();
        this.job = new ClusterJob(scheduler, locks, NAME, clock);
        this.progress = progress;
        this.users = users;
        // Each page in a transaction of its own: the page body loads lazily, and one refused write undoes nothing else.
        this.backfill = new Backfill(pages, pageId -> transactions.execute(() -> recorder.record(pageManager.getAbstractPage(pageId))), clock);
    }

    @Override
    public void afterPropertiesSet() {
        job.register(this);
    }

    @Override
    public void destroy() {
        job.unregister();
    }

    /**
     * Starts, resumes or (after it finished) restarts the job as this administrator; the caller has checked that
     * the user is one. Under the job's lock, so that no run saves its progress in between. A job that is running
     * already is scheduled again (the same id replaces the schedule), so it goes on even if its schedule was lost.
     */
    Start start(UserKey administrator) {
        return job.underLock(() -> {
            BackfillProgress now = progress.read();
            try {
                // Scheduled first: should saving fail, the first run finds nothing to do and removes its schedule.
                job.schedule();
            } catch (SchedulerServiceException e) {
                LOG.error("The Activity Lead recording job could not be scheduled", e);
                return Start.NOT_SCHEDULED;
            }
            if (now.running()) {
                return Start.ALREADY_RUNNING;
            }
            progress.clearStop();
            progress.save(now.startedBy(administrator.getStringValue(), clock.instant()));
            return Start.STARTED;
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Stops the job where it is; it can be resumed from there (see {@link ClusterJob#stop}). */
    void stop() {
        job.stop(progress, () -> {
            BackfillProgress now = progress.read();
            if (now.running()) {
                progress.save(now.stopped(clock.instant()));
            }
        });
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return job.run(progress, () -> {
            BackfillProgress now = progress.read();
            return now.running() && runAsStarter(now, request).running();
        }, "Another node is recording pages");
    }

    private BackfillProgress runAsStarter(BackfillProgress now, JobRunnerRequest request) {
        Optional<HostUser<ConfluenceUser>> starter = starter(users, now).filter(user -> user.person().active());
        if (starter.isEmpty()) {
            BackfillProgress stopped = now.stoppedFor(BackfillProblem.STARTER_GONE, clock.instant());
            progress.save(stopped);
            return stopped;
        }
        Instant until = clock.instant().plus(ClusterJob.RUN);
        return ActingUser.runAs(starter.get().user(), () -> backfill.run(now,
                () -> request.isCancellationRequested() || !clock.instant().isBefore(until), progress::stopRequested, progress::save));
    }

    /** The administrator the job runs as, looked up once; empty before the first start or when the user is gone. */
    static <U> Optional<HostUser<U>> starter(UserDirectory<U> users, BackfillProgress progress) {
        try {
            return UserRef.parse(progress.startedBy()).flatMap(users::find);
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
    }
}
