package com.atlassian.jira.issue.customfields.persistence;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
 */
public interface CustomFieldValuePersister {

    List<Object> getValues(CustomField field, Long issueId, PersistenceFieldType type);
}
