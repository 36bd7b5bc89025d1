package com.atlassian.query;

/**
 * Compile-only shim: only the type is used (parsed by SearchService, handed back to it).
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/query/Query.html
 * Left out: every member (not used).
 */
public interface Query {
}
