package com.atlassian.jira.project;

/**
 * Compile-only shim: only the type is used (passed to PermissionManager).
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
 * Left out: the super-interfaces (Named, NamedWithDescription, WithId, WithKey) and the other getters (not used).
 */
public interface Project {

    Long getId();
}
