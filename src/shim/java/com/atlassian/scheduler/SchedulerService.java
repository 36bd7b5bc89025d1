package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only shim, called only: the host's scheduler (atlassian-scheduler API), exported by Confluence and Jira.
 * https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/SchedulerService.html (interface); shapes checked against atlassian-scheduler-api 4.1.0 in the decompiled
 * Confluence 8.7.2 tree (ngannk-fptu/Decompiled-Files). Left out: every method the app does not call.
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
