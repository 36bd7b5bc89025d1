package com.atlassian.jira.issue.customfields.manager;

/**
 * Compile-only shim: only the type, passed through to AbstractSingleFieldType's constructor.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.html
 * Left out: every member (not used).
 */
public interface GenericConfigManager {
}
