package com.atlassian.jira.bc;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/ServiceOutcome.html
 */
public interface ServiceOutcome<T> extends ServiceResult {

    T get();
}
