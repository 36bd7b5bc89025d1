package com.atlassian.jira.issue;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (same getters inherited)
 * Left out: the super-interface Comparable and the other getters (not used).
 */
public interface IssueConstant {

    String getId();

    String getName();
}
