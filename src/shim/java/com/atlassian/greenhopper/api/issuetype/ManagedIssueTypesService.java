package com.atlassian.greenhopper.api.issuetype;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Compile-only shim of a Jira Software interface the app only calls (looked up at run time, never imported).
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/api/issuetype/ManagedIssueTypesService.html
 * Left out: {@code getStoryIssueType()} (not used).
 */
public interface ManagedIssueTypesService {

    /** Jira Software's epic issue type. */
    ServiceOutcome<IssueType> getEpicIssueType();
}
