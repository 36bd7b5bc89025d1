package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Compile-only shim; the app only calls it. Reason is a nested (implicitly public static) enum, as in Jira.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/SimpleErrorCollection.html
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html (getErrorCollection returns this type)
 * Left out: the other add/get methods, the reason methods, and Reason's getHttpStatusCode/getWorstReason and any
 * constants added after 6.3 (constants link by name, so a subset is safe).
 */
public interface ErrorCollection {

    void addError(String field, String message, Reason reason);

    void addErrorMessage(String message, Reason reason);

    /** The field errors: field id (e.g. "customfield_10100") to message. */
    Map<String, String> getErrors();

    /** The messages that belong to no field. */
    Collection<String> getErrorMessages();

    /** True when there is a field error or a general message. */
    boolean hasAnyErrors();

    enum Reason { NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, SERVER_ERROR }
}
