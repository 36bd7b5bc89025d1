package com.atlassian.jira.jql.query;

/**
 * Compile-only shim, passed through: who runs a query. https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html
 * (interface); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: every member (the function lists the same users for every searcher).
 */
public interface QueryCreationContext {
}
