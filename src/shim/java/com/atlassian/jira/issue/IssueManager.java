package com.atlassian.jira.issue;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java
 * Left out: the {@code throws DataAccessException} clause (an unchecked exception, so not part of the descriptor)
 * and every other member (not used).
 */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);
}
