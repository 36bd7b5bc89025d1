package com.atlassian.scheduler;

/** Compile-only shim: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/SchedulerServiceException.html (checked: extends Exception). */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
