package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResult.java
 * Left out: {@code getWarningCollection()} (its type, com.atlassian.jira.util.WarningCollection, is not shimmed) and
 * the default {@code hasWarnings()} (not used).
 */
public interface ServiceResult {

    boolean isValid();

    /** The errors the validation or operation produced; empty when it succeeded. */
    ErrorCollection getErrorCollection();
}
