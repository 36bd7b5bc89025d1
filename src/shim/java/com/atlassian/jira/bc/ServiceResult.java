package com.atlassian.jira.bc;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html
 * Left out: {@code getErrorCollection()}, {@code getWarningCollection()}, default {@code hasWarnings()} (not used).
 */
public interface ServiceResult {

    boolean isValid();
}
