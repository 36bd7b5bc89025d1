package org.activitylead.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverRun;
import org.activitylead.host.ClusterJob;
import org.activitylead.host.HandoverJobs;
import org.activitylead.host.HandoverJobs.Start;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The job that hands a leaver's DRI over, issue by issue, in Jira's scheduler ({@link HandoverJobs}): the issues are
 * those whose stored DRI is the leaver's key, in the projects the administrator may hand over, and each is changed
 * through Jira's issue service as the administrator who started the job ({@link JiraIssueHandovers}). Jira records
 * every change in the issue's history, so the job writes no audit entry of its own.
 */
@JiraComponent
public class DriHandoverJob implements JobRunner, InitializingBean, DisposableBean {

    static final String NAME = "org.activitylead.dri-handover";

    private final ClusterJob job;
    private final HandoverJobs<ApplicationUser> jobs;
    private final JiraAuthenticationContext authentication;
    private final JiraDriIssues issues;

    public DriHandoverJob(@JiraImport SchedulerService scheduler, @JiraImport ClusterLockService locks, @JiraImport JiraAuthenticationContext authentication,
                          DriHandoverSettings ledger, JiraDriDirectory users, JiraIssueHandovers handovers, JiraDriIssues issues) {
        Clock clock = Clock.systemUTC();
        this.job = new ClusterJob(scheduler, locks, NAME, clock);
        this.jobs = new HandoverJobs<>(job, ledger, users, new HandoverRun(ledger, handovers, clock), this::runAs, progress -> { }, clock);
        this.authentication = authentication;
        this.issues = issues;
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
     * Starts the dry run over the issues whose DRI is the leaver: every project's for a Jira administrator, only
     * {@code projects} for a project administrator.
     */
    Start dryRun(HandoverRequest request, String administratorKey, Optional<Set<Long>> projects) {
        return jobs.dryRun(request, administratorKey, () -> issues.naming(request.leaverKey(), projects));
    }

    Start reassign(HandoverRequest request, String administratorKey) {
        return jobs.reassign(request, administratorKey);
    }

    Start resume(String administratorKey) {
        return jobs.resume(administratorKey);
    }

    void stop() {
        jobs.stop();
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return jobs.run(request);
    }

    /** The work done as {@code user}, so Jira checks that user's permissions; the thread's own user restored afterwards. */
    private <T> T runAs(ApplicationUser user, Supplier<T> work) {
        ApplicationUser before = authentication.getLoggedInUser();
        authentication.setLoggedInUser(user);
        try {
            return work.get();
        } finally {
            authentication.setLoggedInUser(before);
        }
    }
}
