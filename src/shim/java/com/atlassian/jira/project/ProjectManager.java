package com.atlassian.jira.project;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/ProjectManager.html
 */
public interface ProjectManager {

    Project getProjectObj(Long id);
}
