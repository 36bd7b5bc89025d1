package com.atlassian.jira.util;

/**
 * Compile-only shim, returned only: the errors and warnings of a JQL function's validation.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html (interface); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: every
 * member (the app only passes on the set AbstractJqlFunction builds).
 */
public interface MessageSet {
}
