package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only shim: a plain public class, as in Jira, the base of the result classes nested in the services
 * (IssueService.IssueValidationResult and others). The body is a few lines written for this project, so tests can
 * build results and read them back.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResultImpl.java
 * Left out: the (ErrorCollection, WarningCollection) constructor, getWarningCollection() and the Serializable
 * super-interface (7.x on; not used).
 */
public class ServiceResultImpl implements ServiceResult {

    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    /** Valid when the collection holds no error at all. */
    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
