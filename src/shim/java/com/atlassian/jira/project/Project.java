package com.atlassian.jira.project;

/**
 * Compile-only shim; the app passes it to PermissionManager and reads its id, key and name.
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
 * getKey and getName come from the super-interfaces WithKey and Named in Jira; declared here, the calls still
 * resolve through them. Left out: the super-interfaces and the other getters (not used).
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
