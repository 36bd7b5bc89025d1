package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/context/IssueContextImpl.html ({@code IssueType getIssueType()})
 * https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
 * ({@code Long getProjectId()}, called by a plugin built against Jira 11.3.1)
 * Left out: the super-interfaces (OfBizValueWrapper, IssueContext, WithId, WithKey; calls still resolve through
 * them) and every other getter (not used).
 */
public interface Issue {

    Long getId();

    String getSummary();

    String getKey();

    Project getProjectObject();

    /** The id of the issue's project, without loading the project. */
    Long getProjectId();

    /** Since Jira 7 this returns the object, not a GenericValue (the 6.x return type). */
    IssueType getIssueType();

    Object getCustomFieldValue(CustomField customField);
}
