package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Compile-only shim; the app only calls the getters inherited from IssueConstant.
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html
 * Left out: isSubTask, getAvatar (not used).
 */
public interface IssueType extends IssueConstant {
}
