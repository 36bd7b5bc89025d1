package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Compile-only shim of the class DriValidatorFactory extends. Jira implements getVelocityParams here (narrowing the
 * interface's {@code Map<String, ?>} to {@code Map<String, Object>}, same erasure) and dispatches to the three
 * abstract methods; it must be declared so that the subclass does not have to (and so must not) implement it.
 * getDescriptorParams stays abstract, for the subclass.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.java
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowUberFunctionPluginFactory.html
 * (a subclass: the same three protected methods)
 * Left out: the protected helpers extractSingleParam, extractMultipleParams, createMap (not used).
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
