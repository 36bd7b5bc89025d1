package org.activitylead.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One of the app's long jobs in the host's scheduler, by name: its runner, a schedule every minute that runs on one
 * node of the cluster at a time, and the cluster lock its runs and its administrators' requests take, so that no two
 * change its progress at once. atlassian-scheduler and beehive are the same API in Confluence and Jira.
 */
public final class ClusterJob {

    public static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Long enough to get on, short enough to leave the scheduler's threads to other jobs and to move between nodes. */
    public static final Duration RUN = Duration.ofMinutes(4);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final JobRunnerKey runner;
    private final JobId job;
    private final String lock;
    private final Clock clock;

    public ClusterJob(SchedulerService scheduler, ClusterLockService locks, String name, Clock clock) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.runner = JobRunnerKey.of(name);
        this.job = JobId.of(name);
        this.lock = name;
        this.clock = clock;
    }

    public void register(JobRunner jobRunner) {
        scheduler.registerJobRunner(runner, jobRunner);
    }

    /** The schedule stays when the app is disabled or upgraded: the next version's runner goes on from the progress. */
    public void unregister() {
        scheduler.unregisterJobRunner(runner);
    }

    /** Every minute from now, once per cluster; the same id replaces a schedule, so a lost one is made again. */
    public void schedule() throws SchedulerServiceException {
        scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), Date.from(clock.instant()))));
    }

    public void unschedule() {
        scheduler.unscheduleJob(job);
    }

    /** The work done under the job's lock, or empty (nothing done) while another node or request holds it. */
    public <T> Optional<T> underLock(Supplier<T> work) {
        ClusterLock held = locks.getLockForName(lock);
        if (!held.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            held.unlock();
        }
    }

    /**
     * Stops the job where it is, so that it can be resumed from there: between runs (or with its schedule lost) at
     * once, {@code stopNow} saving the stopped progress under the lock before the schedule and any stop request go;
     * while a run holds the lock, the run is asked to stop after its current batch.
     */
    public void stop(JobSettings settings, Runnable stopNow) {
        if (underLock(() -> {
            stopNow.run();
            done(settings);
            return Boolean.TRUE;
        }).isEmpty()) {
            settings.requestStop();
        }
    }

    /**
     * One run of the scheduler under the lock: {@code goOn} goes on from the stored progress and answers whether the
     * job still runs; once it does not, its schedule and any stop request go. Aborted while another node holds the lock.
     */
    public JobRunnerResponse run(JobSettings settings, BooleanSupplier goOn, String busy) {
        return underLock(() -> {
            if (!goOn.getAsBoolean()) {
                done(settings);
            }
            return JobRunnerResponse.success();
        }).orElseGet(() -> JobRunnerResponse.aborted(busy));
    }

    private void done(JobSettings settings) {
        unschedule();
        settings.clearStop();
    }
}
