package com.atlassian.jira.issue.search;

/**
 * Compile-only shim: a checked exception in Jira.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java
 * Left out: the other constructors (not used).
 */
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
