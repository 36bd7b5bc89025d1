package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/CustomField.java
 * (getRelevantConfig(Issue): declared there; also overridden by a 7.x-era public mock of CustomField, see src/shim/README.md)
 * Left out: the super-interfaces (NavigableField, ConfigurableField, OrderableField, ...; getId and getName are
 * declared there in Jira and calls still resolve through them) and every other member (not used).
 */
public interface CustomField {

    /** "customfield_" plus the numeric id: the key of the field's errors and form parameters. */
    String getId();

    String getName();

    /** Raw type, as in Jira; null when the type's module is not loaded. Used to tell DRI fields apart. */
    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();

    /** The configuration relevant to the issue's project and type; null when the field is not in its context. */
    FieldConfig getRelevantConfig(Issue issue);

    /** The number in "customfield_10010", which JQL names as cf[10010]. */
    Long getIdAsLong();

    /** The field's contexts: each one's projects and issue types. */
    List<FieldConfigScheme> getConfigurationSchemes();
}
