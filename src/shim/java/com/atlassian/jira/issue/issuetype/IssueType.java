package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/issuetype/IssueType.html
 */
public interface IssueType extends IssueConstant {
}
