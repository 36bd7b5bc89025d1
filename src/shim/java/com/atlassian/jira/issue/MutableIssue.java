package com.atlassian.jira.issue;

/**
 * Compile-only shim: only the type, the return type of {@link IssueManager#getIssueObject(Long)}.
 * https://docs.atlassian.com/jira/7.2.2/com/atlassian/jira/issue/MutableIssue.html
 * Left out: every setter (not used).
 */
public interface MutableIssue extends Issue {
}
