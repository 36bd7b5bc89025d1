package org.activitylead.confluence;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.HandoverAudit;
import org.activitylead.core.handover.HandoverJobProblem;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ReportHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The job that hands a leaver's roles over, page by page, in Confluence's scheduler: first a dry run that changes
 * nothing, then, once an administrator confirms it, the reassignment of the same pages. One job at a time in the
 * whole cluster: a second administrator's start, for any person, is told that one is running. Runs once per cluster
 * under a cluster lock, as the administrator who started it, a few minutes at a time, going on from the progress in
 * the database; once finished or stopped, its schedule removes itself.
 */
@ConfluenceComponent
public class HandoverJob implements JobRunner, InitializingBean, DisposableBean {

    static final String NAME = "org.activitylead.handover";
    /** The most pages one job goes through; a person holding more is handed over by running it again. */
    static final int PAGES = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(HandoverJob.class);

    /** What an administrator's request came to. */
    enum Start { STARTED, ALREADY_RUNNING, NOT_SCHEDULED, NO_DRY_RUN, NOTHING_TO_RESUME }

    private final ClusterJob job;
    private final HandoverSettings ledger;
    private final ConfluenceUserDirectory users;
    private final ConfluenceActivitySearch search;
    private final HandoverRun run;
    private final HandoverAuditLog auditLog;
    private final Clock clock;

    public HandoverJob(@ConfluenceImport SchedulerService scheduler, @ConfluenceImport ClusterLockService locks, HandoverSettings ledger,
                       ConfluenceUserDirectory users, ConfluencePageHandovers pages, ConfluenceActivitySearch search, HandoverAuditLog auditLog) {
        this.clock = Clock.systemUTC();
        this.job = new ClusterJob(scheduler, locks, NAME, clock);
        this.ledger = ledger;
        this.users = users;
        this.search = search;
        this.run = new HandoverRun(ledger, pages, clock);
        this.auditLog = auditLog;
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
     * Starts the dry run of this request as this administrator, over the recorded pages that name the leaver in the
     * roles, found now with their permissions. The caller has checked that the request is a valid handover.
     */
    Start dryRun(HandoverRequest request, UserKey administrator) {
        return job.underLock(() -> {
            if (ledger.progress().running()) {
                return Start.ALREADY_RUNNING;
            }
            List<Long> pages = search.find(request.candidatesCql(), PAGES).hits().stream().map(ReportHit::contentId).toList();
            return begin(HandoverProgress.started(request, HandoverMode.DRY_RUN, administrator.getStringValue(), pages.size(), clock.instant()),
                    () -> ledger.savePages(pages));
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Starts the reassignment a finished dry run of exactly this request showed, over the same pages. */
    Start reassign(HandoverRequest request, UserKey administrator) {
        return job.underLock(() -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                return Start.ALREADY_RUNNING;
            }
            if (!now.dryRunDone(request)) {
                return Start.NO_DRY_RUN;
            }
            return begin(HandoverProgress.started(request, HandoverMode.REASSIGN, administrator.getStringValue(), now.total(), clock.instant()),
                    () -> { });
        }).orElse(Start.ALREADY_RUNNING);
    }

    /** Resumes a stopped job where it stopped, as this administrator. */
    Start resume(UserKey administrator) {
        return job.underLock(() -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                return Start.ALREADY_RUNNING;
            }
            if (now.state() != HandoverState.STOPPED) {
                return Start.NOTHING_TO_RESUME;
            }
            return begin(now.resumedBy(administrator.getStringValue(), clock.instant()), () -> { });
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
        audit(progress);
        return Start.STARTED;
    }

    /** Stops the job where it is (see {@link ClusterJob#stop}); a reassignment's stop is written to the audit log. */
    void stop() {
        job.stop(ledger, () -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                now = now.stopped(clock.instant());
                ledger.save(now);
            }
            audit(now);
        });
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return job.run(ledger, () -> {
            HandoverProgress now = ledger.progress();
            if (now.running()) {
                now = runAsStarter(now, request);
            }
            if (!now.running()) {
                audit(now);
            }
            return now.running();
        }, "Another node is handing pages over");
    }

    private HandoverProgress runAsStarter(HandoverProgress now, JobRunnerRequest request) {
        Optional<HostUser<ConfluenceUser>> starter = find(now.startedBy()).filter(user -> user.person().active());
        if (starter.isEmpty()) {
            return stoppedFor(now, HandoverJobProblem.STARTER_GONE);
        }
        if (!(now.request().orElseThrow().resolve(users) instanceof Handover.Result.Accepted accepted)) {
            return stoppedFor(now, HandoverJobProblem.SUCCESSOR_GONE);
        }
        Instant until = clock.instant().plus(ClusterJob.RUN);
        return ClusterJob.runAs(starter.get().user(), () -> run.run(now, accepted.handover(),
                () -> request.isCancellationRequested() || !clock.instant().isBefore(until), ledger::stopRequested));
    }

    private HandoverProgress stoppedFor(HandoverProgress now, HandoverJobProblem why) {
        HandoverProgress stopped = now.stoppedFor(why, clock.instant());
        ledger.save(stopped);
        return stopped;
    }

    /**
     * Writes a reassignment's end to the audit log once, under the job's lock and before its schedule goes, so a node
     * that dies before writing leaves the schedule for another node to write it. Marked first: a node that dies
     * between mark and write loses the entry rather than any entry being written twice. The author is the user on the
     * thread (the administrator who stopped it), on the scheduler's thread the administrator the job acts as. A
     * failing audit log is logged and never fails the job: the pages are changed either way.
     */
    private void audit(HandoverProgress now) {
        Optional<HandoverProgress> audited = ledger.audited();
        if (!HandoverAudit.due(now, audited)) {
            return;
        }
        ledger.saveAudited(now);
        try {
            HandoverAudit entry = HandoverAudit.of(now, audited, ledger::results);
            Supplier<Void> write = () -> {
                auditLog.write(entry, person(entry.request().leaverKey()), person(entry.request().successorKey()));
                return null;
            };
            if (AuthenticatedUserThreadLocal.get() != null) {
                write.get();
            } else {
                find(now.startedBy()).filter(user -> user.person().active()).map(HostUser::user)
                        .ifPresentOrElse(user -> ClusterJob.runAs(user, write), write::get);
            }
        } catch (RuntimeException e) {
            LOG.warn("The Activity Lead reassignment could not be written to the audit log", e);
        }
    }

    private Person person(String key) {
        return find(key).map(HostUser::person).orElseGet(() -> Person.unknown(key));
    }

    /** A user by key, looked up once; empty for text that is no user reference or a user who is gone. */
    Optional<HostUser<ConfluenceUser>> find(String key) {
        try {
            return UserRef.parse(key).flatMap(users::find);
        } catch (UserRef.InvalidUserRef e) {
            return Optional.empty();
        }
    }
}
