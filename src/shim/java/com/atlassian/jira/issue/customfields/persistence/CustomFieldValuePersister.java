package com.atlassian.jira.issue.customfields.persistence;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;
import java.util.Set;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.java
 * Left out: the create/update/remove methods and the parentKey overload (not used).
 */
public interface CustomFieldValuePersister {

    List<Object> getValues(CustomField field, Long issueId, PersistenceFieldType persistenceFieldType);

    /** The ids of the issues that store this value for the field. */
    Set<Long> getIssueIdsWithValue(CustomField field, PersistenceFieldType persistenceFieldType, Object value);
}
