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
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.activitylead.core.handover.HandoverAudit;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.report.ReportHit;
import org.activitylead.core.report.SpaceKey;
import org.activitylead.host.ClusterJob;
import org.activitylead.host.HandoverJobs;
import org.activitylead.host.HandoverJobs.Start;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The job that hands a leaver's roles over, page by page, in Confluence's scheduler ({@link HandoverJobs}): the pages
 * are the recorded activities that name the leaver in the roles, found with the administrator's permissions; each
 * reassignment's end is written to Confluence's audit log.
 */
@ConfluenceComponent
public class HandoverJob implements JobRunner, InitializingBean, DisposableBean {

    static final String NAME = "org.activitylead.handover";

    private static final Logger LOG = LoggerFactory.getLogger(HandoverJob.class);

    private final ClusterJob job;
    private final HandoverJobs<ConfluenceUser> jobs;
    private final HandoverSettings ledger;
    private final ConfluenceActivitySearch search;
    private final HandoverAuditLog auditLog;

    public HandoverJob(@ConfluenceImport SchedulerService scheduler, @ConfluenceImport ClusterLockService locks, HandoverSettings ledger,
                       ConfluenceUserDirectory users, ConfluencePageHandovers pages, ConfluenceActivitySearch search, HandoverAuditLog auditLog) {
        Clock clock = Clock.systemUTC();
        this.job = new ClusterJob(scheduler, locks, NAME, clock);
        this.jobs = new HandoverJobs<>(job, ledger, users, new HandoverRun(ledger, pages, clock), ActingUser::runAs, this::audit, clock);
        this.ledger = ledger;
        this.search = search;
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
     * Starts the dry run over the recorded pages that name the leaver in the roles, in one space or the whole site, as
     * this administrator may see them.
     */
    Start dryRun(HandoverRequest request, String administratorKey, Optional<SpaceKey> space) {
        return jobs.dryRun(request, administratorKey,
                () -> search.find(request.candidatesCql(space), HandoverJobs.ITEMS).hits().stream().map(ReportHit::contentId).toList());
    }

    Start reassign(HandoverRequest request, UserKey administrator) {
        return jobs.reassign(request, administrator.getStringValue());
    }

    Start resume(UserKey administrator) {
        return jobs.resume(administrator.getStringValue());
    }

    void stop() {
        jobs.stop();
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return jobs.run(request);
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
                jobs.find(now.startedBy()).filter(user -> user.person().active()).map(HostUser::user)
                        .ifPresentOrElse(user -> ActingUser.runAs(user, write), write::get);
            }
        } catch (RuntimeException e) {
            LOG.warn("The Activity Lead reassignment could not be written to the audit log", e);
        }
    }

    private Person person(String key) {
        return jobs.find(key).map(HostUser::person).orElseGet(() -> Person.unknown(key));
    }
}
