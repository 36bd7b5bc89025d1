package org.activitylead.host;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.HandoverJobProblem;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handover job's life in either product: a dry run that changes nothing, then, once an administrator confirms it,
 * the reassignment of the same items; stop and resume. One job at a time in the whole cluster: a second
 * administrator's start, for any person, is told that one is running. Each start and each run takes the job's
 * cluster lock; a run acts as the administrator who started it, a few minutes at a time, going on from the progress
 * in the database, and once finished or stopped its schedule removes itself.
 *
 * @param <U> the host's user type
 */
public final class HandoverJobs<U> {

    /** The most items one job goes through; a person holding more is handed over by running it again. */
    public static final int ITEMS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(HandoverJobs.class);

    /** What an administrator's request came to, and the message a screen shows when it did not start. */
    public enum Start {
        STARTED(null),
        ALREADY_RUNNING("activity-lead.handover.error.running"),
        NOT_SCHEDULED("activity-lead.handover.error.schedule"),
        NO_DRY_RUN("activity-lead.handover.error.no-dry-run"),
        NOTHING_TO_RESUME("activity-lead.handover.error.nothing-to-resume");

        private final String refusalKey;

        Start(String refusalKey) {
            this.refusalKey = refusalKey;
        }

        /** The message key of a request that did not start; empty for one that did. */
        public Optional<String> refusalKey() {
            return Optional.ofNullable(refusalKey);
        }
    }

    /** Runs work as a user of the host, on this thread, the thread's own user restored afterwards. */
    @FunctionalInterface
    public interface RunAs<U> {
        <T> T runAs(U user, Supplier<T> work);
    }

    private final ClusterJob job;
    private final HandoverStore ledger;
    private final UserDirectory<U> users;
    private final HandoverRun run;
    private final RunAs<U> runAs;
    private final Consumer<HandoverProgress> changed;
    private final Clock clock;

    /**
     * @param changed told, under the lock, of every start, stop and end, so a product can write its audit log
     */
    public HandoverJobs(ClusterJob job, HandoverStore ledger, UserDirectory<U> users, HandoverRun run, RunAs<U> runAs,
                        Consumer<HandoverProgress> changed, Clock clock) {
        this.job = job;
        this.ledger = ledger;
        this.users = users;
        this.run = run;
        this.runAs = runAs;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * Starts the dry run of this request as this administrator, over the items {@code candidates} finds, at most
     * {@link #ITEMS}, found under the lock. The caller has checked that the request is a valid handover.
     */
    public Start dryRun(HandoverRequest request, String administratorKey, Supplier<List<Long>> candidates) {
        return job.underLock(() -> {
            if (ledger.progress().running()) {
                return Start.ALREADY_RUNNING;
            }
            List<Long> items = candidates.get();
            List<Long> kept = items.size() > ITEMS ? items.subList(0, ITEMS) : items;
            return begin(HandoverProgress.started(request, HandoverMode.DRY_RUN, administratorKey, kept.size(), clock.instant()),
                    () -> ledger.savePages(kept));
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Starts the reassignment a finished dry run of exactly this request showed, over the same items. */
    public Start reassign(HandoverRequest request, String administratorKey) {
        return job.underLock(() -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                return Start.ALREADY_RUNNING;
            }
            if (!now.dryRunDone(request)) {
                return Start.NO_DRY_RUN;
            }
            return begin(HandoverProgress.started(request, HandoverMode.REASSIGN, administratorKey, now.total(), clock.instant()), () -> { });
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Resumes a stopped job where it stopped, as this administrator. */
    public Start resume(String administratorKey) {
        return job.underLock(() -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                return Start.ALREADY_RUNNING;
            }
            if (now.state() != HandoverState.STOPPED) {
                return Start.NOTHING_TO_RESUME;
            }
            return begin(now.resumedBy(administratorKey, clock.instant()), () -> { });
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Scheduled first: should saving fail, the first run finds nothing to do and removes its schedule. */
    private Start begin(HandoverProgress progress, Runnable prepare) {
        try {
            if (progress.running()) {
                job.schedule();
            }
        } catch (SchedulerServiceException e) {
            LOG.error("The Activity Lead handover job could not be scheduled", e);
            return Start.NOT_SCHEDULED;
        }
        prepare.run();
        ledger.clearStop();
        ledger.save(progress);
        changed.accept(progress);
        return Start.STARTED;
    }

    /** Stops the job where it is (see {@link ClusterJob#stop}). */
    public void stop() {
        job.stop(ledger, () -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                now = now.stopped(clock.instant());
                ledger.save(now);
            }
            changed.accept(now);
        });
    }

    /** One run of the scheduler: goes on as the starter until done, stopped or out of time. */
    public JobRunnerResponse run(JobRunnerRequest request) {
        return job.run(ledger, () -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                now = runAsStarter(now, request);
            }
            if (!now.running()) {
                changed.accept(now);
            }
            return now.running();
        }, "Another node is handing items over");
    }

    private HandoverProgress runAsStarter(HandoverProgress now, JobRunnerRequest request) {
        Optional<HostUser<U>> starter = find(now.startedBy()).filter(user -> user.person().active());
        if (starter.isEmpty()) {
            return stoppedFor(now, HandoverJobProblem.STARTER_GONE);
        }
        if (!(now.request().orElseThrow().resolve(users) instanceof Handover.Result.Accepted accepted)) {
            return stoppedFor(now, HandoverJobProblem.SUCCESSOR_GONE);
        }
        Instant until = clock.instant().plus(ClusterJob.RUN);
        return runAs.runAs(starter.get().user(), () -> run.run(now, accepted.handover(),
                () -> request.isCancellationRequested() || !clock.instant().isBefore(until), ledger::stopRequested));
    }

    private HandoverProgress stoppedFor(HandoverProgress now, HandoverJobProblem why) {
        HandoverProgress stopped = now.stoppedFor(why, clock.instant());
        ledger.save(stopped);
        return stopped;
    }

    /** A user by key, looked up once; empty for text that is no user reference or a user who is gone. */
    public Optional<HostUser<U>> find(String key) {
        try {
            return UserRef.parse(key).flatMap(users::find);
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
    }
}
