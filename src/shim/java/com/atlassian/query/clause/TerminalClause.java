package com.atlassian.query.clause;

/**
 * Compile-only shim, passed through: the clause a function stands in. https://docs.atlassian.com/jira/server/com/atlassian/query/clause/TerminalClause.html
 * (interface); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: every member and its super-interface Clause.
 */
public interface TerminalClause {
}
