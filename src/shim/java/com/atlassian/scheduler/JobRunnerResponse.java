package com.atlassian.scheduler;

import java.util.Objects;

/**
 * Compile-only shim, called only: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunnerResponse.html
 * (final class; static factories, equal when outcome and message are). Left out: getRunOutcome() and its enum, and
 * failed(Throwable), which the app does not call.
 */
public final class JobRunnerResponse {

    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse("SUCCESS", null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED", message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse("FAILED", message);
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerResponse that && outcome.equals(that.outcome) && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, message);
    }
}
