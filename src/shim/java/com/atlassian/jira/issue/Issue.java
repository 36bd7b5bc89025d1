package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/context/IssueContextImpl.html ({@code IssueType getIssueType()})
 * Left out: the super-interfaces (OfBizValueWrapper, IssueContext, WithId, WithKey; calls still resolve through
 * them) and every other getter (not used).
 */
public interface Issue {

    Long getId();

    String getSummary();

    String getKey();

    Project getProjectObject();

    /** Since Jira 7 this returns the object, not a GenericValue (the 6.x return type). */
    IssueType getIssueType();

    Object getCustomFieldValue(CustomField customField);
}
