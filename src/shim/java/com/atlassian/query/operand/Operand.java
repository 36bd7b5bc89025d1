package com.atlassian.query.operand;

/**
 * Compile-only shim: the right-hand side of a JQL clause. https://docs.atlassian.com/jira/server/com/atlassian/query/operand/Operand.html
 * (interface, in jira-api); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api) (jira-api/src/main/java/com/atlassian/query). Left out: every member.
 */
public interface Operand {
}
