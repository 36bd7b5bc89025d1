package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getChangelogString(CustomField field, T value) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
