package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only shim: an unchecked exception, as in Jira.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/impl/package-summary.html
 * Left out: any constructor other than {@code (String)} (later versions may add some; not used).
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
