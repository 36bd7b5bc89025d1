package com.atlassian.jira.bc;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceOutcome.html
 * Left out: {@code getReturnedValue()} and the default {@code fold(Function, Function)} (not used).
 */
public interface ServiceOutcome<T> extends ServiceResult {

    T get();
}
