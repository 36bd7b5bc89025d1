package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;
import java.util.Date;

/** Compile-only shim, called only: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunnerRequest.html (interface). Left out: getJobConfig(). */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    boolean isCancellationRequested();
}
