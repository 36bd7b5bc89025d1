package org.activitylead.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.dri.DriRules;
import org.activitylead.core.dri.DriVerdict;

/**
 * Workflow validator "Epic has exactly one active DRI". On a transition, above all Create, it checks the issue as it
 * will be stored, whether or not the field was on a screen: REST without the field, imports, mail handlers, clones.
 */
public class DriValidator implements Validator {

    private final CustomFieldManager customFieldManager;
    private final FieldConfigSchemeManager fieldConfigSchemeManager;
    private final JiraDriDirectory directory;
    private final EpicIssueTypes epics;
    private final JiraTranslations translations;

    public DriValidator(@JiraImport CustomFieldManager customFieldManager,
                        @JiraImport FieldConfigSchemeManager fieldConfigSchemeManager, JiraDriDirectory directory,
                        EpicIssueTypes epics, JiraTranslations translations) {
        this.customFieldManager = customFieldManager;
        this.fieldConfigSchemeManager = fieldConfigSchemeManager;
        this.directory = directory;
        this.epics = epics;
        this.translations = translations;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object candidate = transientVars == null ? null : transientVars.get("issue");
        if (!(candidate instanceof Issue issue)) {
            return;
        }
        List<CustomField> driFields = customFieldManager.getCustomFieldObjects(issue).stream()
                .filter(field -> field.getCustomFieldType() instanceof DriCFType)
                .toList();
        boolean epic = epics.isEpic(issue);
        if (driFields.isEmpty()) {
            if (epic) {
                throw new InvalidInputException(translations.forCurrentUser().text("activity-lead.dri.error.no-field"));
            }
            return;
        }
        for (CustomField field : driFields) {
            // The field's context for this issue decides, as in the field type (DriContexts); the issue is known here.
            check(issue, field, DriContexts.required(fieldConfigSchemeManager, field.getRelevantConfig(issue), issue, epics));
        }
    }

    /** On Create the issue does not exist yet, so its project decides who may browse it. */
    private static JiraScope scope(Issue issue) {
        if (issue.getId() != null) {
            return JiraScope.of(issue);
        }
        return issue.getProjectObject() == null ? null : JiraScope.of(issue.getProjectObject());
    }

    private void check(Issue issue, CustomField field, boolean required) throws InvalidInputException {
        Object value = issue.getCustomFieldValue(field);
        // The field's value is Jira's user itself: checked as held, never looked up again by its name.
        DriVerdict<ApplicationUser> verdict = value instanceof ApplicationUser user
                ? DriRules.checkHeld(Optional.of(JiraDriDirectory.held(user)), required, scope(issue), directory)
                : DriRules.check(value == null ? List.of() : List.of(value), required, scope(issue), directory);
        if (verdict instanceof DriVerdict.Rejected<ApplicationUser> rejected) {
            // A generic error, not one keyed to the field: a transition screen without the field would hide that.
            throw new InvalidInputException(translations.forCurrentUser().text(rejected.reason().messageKey()));
        }
    }
}
