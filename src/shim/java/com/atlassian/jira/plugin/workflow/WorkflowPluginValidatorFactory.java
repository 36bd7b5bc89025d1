package com.atlassian.jira.plugin.workflow;

/**
 * Compile-only shim, complete: a marker interface without members of its own.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.java
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
