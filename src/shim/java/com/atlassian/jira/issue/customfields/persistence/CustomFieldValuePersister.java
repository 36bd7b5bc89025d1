package com.atlassian.jira.issue.customfields.persistence;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
 * Left out: the create/update/remove methods, the parentKey overload and getIssueIdsWithValue (not used).
 */
public interface CustomFieldValuePersister {

    List<Object> getValues(CustomField field, Long issueId, PersistenceFieldType persistenceFieldType);
}
