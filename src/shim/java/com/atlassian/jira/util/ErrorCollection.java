package com.atlassian.jira.util;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/ErrorCollection.html
 */
public interface ErrorCollection {

    void addError(String field, String message, Reason reason);

    void addErrorMessage(String message, Reason reason);

    enum Reason { NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, SERVER_ERROR }
}
