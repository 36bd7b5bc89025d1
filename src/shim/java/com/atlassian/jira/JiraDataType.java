package com.atlassian.jira;

/**
 * Compile-only shim: the type of value a JQL function returns. https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataType.html
 * (interface); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: every member.
 */
public interface JiraDataType {
}
