package com.atlassian.greenhopper.api.issuetype;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/jira-software/10.7.2/com/atlassian/greenhopper/api/issuetype/ManagedIssueTypesService.html
 */
public interface ManagedIssueTypesService {

    /** Jira Software's epic issue type. */
    ServiceOutcome<IssueType> getEpicIssueType();
}
