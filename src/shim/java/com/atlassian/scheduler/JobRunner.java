package com.atlassian.scheduler;

/**
 * Compile-only shim, implemented by the app: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunner.html (interface; the one method). The runner may return
 * null for success.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
