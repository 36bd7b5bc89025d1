package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
