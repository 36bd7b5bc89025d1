package org.activitylead.jira;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;
import org.activitylead.core.people.Html;
import org.activitylead.core.dri.ValidatorView;

/** The validator's screens in the workflow editor. It has no settings: the rule is the same for every epic. */
public class DriValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    private final JiraTranslations translations;

    public DriValidatorFactory(JiraTranslations translations) {
        this.translations = translations;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("driValidator", view());
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("driValidator", view());
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("driValidator", view());
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }

    private ValidatorView view() {
        return new ValidatorView(Html.encode(translations.forCurrentUser().text("activity-lead.dri.validator.summary")));
    }
}
