package org.activitylead.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.people.Texts;
import org.activitylead.core.dri.DriRules;
import org.activitylead.core.dri.DriVerdict;
import org.activitylead.core.dri.DriViews;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;

/**
 * The "DRI (Directly Responsible Individual)" field: one active user per epic, stored by user key. Validation runs
 * here, on the server, so every path that writes the field through Jira's field layer (screens, inline edit, REST,
 * bulk edit) gets the same rules; the workflow validator covers writes that bypass the field.
 */
public class DriCFType extends AbstractSingleFieldType<ApplicationUser> {

    /** Jira adds these to the parameters it validates: the issue on edit and transition, the project on create. */
    static final String ISSUE_ID_PARAM = "com.atlassian.jira.internal.issue_id";
    static final String PROJECT_ID_PARAM = "com.atlassian.jira.internal.project_id";

    /**
     * The edit control's autocomplete script. Its web-resource has no context, so only pages that render the field
     * load it; PluginDescriptorTest checks this key against the descriptor.
     */
    static final String WEB_RESOURCE = "org.activitylead.activity-lead:dri-autocomplete";

    private final JiraDriDirectory directory;
    private final EpicIssueTypes epics;
    private final JiraTranslations translations;
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilderService;
    private final FieldConfigSchemeManager fieldConfigSchemeManager;

    public DriCFType(
            @JiraImport CustomFieldValuePersister customFieldValuePersister,
            @JiraImport GenericConfigManager genericConfigManager,
            @JiraImport IssueManager issueManager,
            @JiraImport ProjectManager projectManager,
            @JiraImport ApplicationProperties applicationProperties,
            @JiraImport PageBuilderService pageBuilderService,
            @JiraImport FieldConfigSchemeManager fieldConfigSchemeManager,
            JiraDriDirectory directory,
            EpicIssueTypes epics,
            JiraTranslations translations) {
        super(customFieldValuePersister, genericConfigManager);
        this.directory = directory;
        this.epics = epics;
        this.translations = translations;
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.applicationProperties = applicationProperties;
        this.pageBuilderService = pageBuilderService;
        this.fieldConfigSchemeManager = fieldConfigSchemeManager;
    }

    /**
     * Every value the write submitted is checked, not only the first: several values are an error, never a choice.
     * Whether a DRI is required follows the field's context ({@link DriContexts}): Jira passes the configuration
     * relevant to the issue, also on create, where the issue itself is not named.
     */
    @Override
    public void validateFromParams(CustomFieldParams params, ErrorCollection errors, FieldConfig config) {
        Optional<JiraScope> scope = scope(params);
        boolean required = DriContexts.required(fieldConfigSchemeManager, config, scope.map(JiraScope::issue).orElse(null), epics);
        Collection<?> values = params.getValuesForNullKey();
        DriVerdict<ApplicationUser> verdict = DriRules.check(values, required, scope.orElse(null), directory);
        if (verdict instanceof DriVerdict.Rejected<ApplicationUser> rejected) {
            errors.addError(config.getCustomField().getId(), message(rejected), ErrorCollection.Reason.VALIDATION_FAILED);
        }
    }

    /**
     * The value Jira stores after validation. Jira's own version converts only the first raw value, so with a repeated
     * parameter whose first value is blank it would store nothing while validation accepted the second: here every
     * value is read the same way validation reads it.
     */
    @Override
    public ApplicationUser getValueFromCustomFieldParams(CustomFieldParams params) throws FieldValidationException {
        return params == null ? null : user(params.getValuesForNullKey());
    }

    /** Also reached by REST and imports through Jira's string conversion: the same rules, minus what needs the issue. */
    @Override
    public ApplicationUser getSingularObjectFromString(String string) throws FieldValidationException {
        return user(string == null ? List.of() : List.of(string));
    }

    private ApplicationUser user(Collection<?> values) throws FieldValidationException {
        DriVerdict<ApplicationUser> verdict = DriRules.check(values, false, null, directory);
        if (verdict instanceof DriVerdict.Accepted<ApplicationUser> accepted) {
            return accepted.dri().map(HostUser::user).orElse(null);
        }
        throw new FieldValidationException(message((DriVerdict.Rejected<ApplicationUser>) verdict));
    }

    /** The form and REST value is the username, as for Jira's own user fields; the database keeps the key. */
    @Override
    public String getStringFromSingularObject(ApplicationUser user) {
        return user == null ? null : user.getUsername();
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    /** Null when an epic leaves the field's context: Jira then clears the value (see README). */
    @Override
    protected Object getDbValueFromObject(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    /** A key no user has any more reads as no value; the views still show it as an unknown user. */
    @Override
    protected ApplicationUser getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        // Read on every issue view, navigator row and re-index: one user lookup, never a placeholder.
        return databaseValue == null ? null : directory.userByKey(databaseValue.toString());
    }

    /** History keeps the key (stable across renames) and shows the display name. */
    @Override
    public String getChangelogValue(CustomField field, ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    @Override
    public String getChangelogString(CustomField field, ApplicationUser user) {
        return user == null ? null : user.getDisplayName();
    }

    /**
     * The view model for every template: built from the stored key, so an unknown key still shows as such. Also
     * requires the edit control's autocomplete script, so it loads only where the field is rendered.
     */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        String storedKey = storedKey(field, issue);
        Person dri = storedKey == null ? null : directory.byKey(storedKey);
        DriViews views = new DriViews(translations.forCurrentUser(), JiraLinks.below(applicationProperties.getBaseUrl(UrlMode.RELATIVE)));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dri", views.field(field.getId(), dri));
        return parameters;
    }

    private String storedKey(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null;
        }
        List<Object> values = customFieldValuePersister.getValues(field, issue.getId(), getDatabaseType());
        return values == null || values.isEmpty() || values.get(0) == null ? null : values.get(0).toString();
    }

    private Optional<JiraScope> scope(CustomFieldParams params) {
        Long issueId = id(params.getFirstValueForKey(ISSUE_ID_PARAM));
        Issue issue = issueId == null ? null : issueManager.getIssueObject(issueId);
        if (issue != null) {
            return Optional.of(JiraScope.of(issue));
        }
        Long projectId = id(params.getFirstValueForKey(PROJECT_ID_PARAM));
        return Optional.ofNullable(projectId == null ? null : projectManager.getProjectObj(projectId)).map(JiraScope::of);
    }

    private static Long id(Object value) {
        Object single = value instanceof Collection<?> values ? values.stream().findFirst().orElse(null) : value;
        if (single == null) {
            return null;
        }
        try {
            return Long.valueOf(single.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(DriVerdict.Rejected<ApplicationUser> rejected) {
        Texts texts = translations.forCurrentUser();
        return texts.text(rejected.reason().messageKey());
    }
}
