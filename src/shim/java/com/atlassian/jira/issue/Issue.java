package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html
 */
public interface Issue {

    Long getId();

    String getKey();

    Project getProjectObject();

    IssueType getIssueType();

    Object getCustomFieldValue(CustomField customField);
}
