package com.atlassian.jira.project;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/ProjectManager.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java
 * Left out: the {@code throws DataAccessException} clause (unchecked) and every other member (not used).
 */
public interface ProjectManager {

    Project getProjectObj(Long id);
}
