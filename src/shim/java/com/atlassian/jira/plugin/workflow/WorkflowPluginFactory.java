package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 */
public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
