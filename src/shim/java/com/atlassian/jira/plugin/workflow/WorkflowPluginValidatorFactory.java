package com.atlassian.jira.plugin.workflow;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.html
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
