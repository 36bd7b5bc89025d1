package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected final CustomFieldValuePersister customFieldValuePersister;
    protected final GenericConfigManager genericConfigManager;

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo, FieldConfig config) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public T getValueFromCustomFieldParams(CustomFieldParams relevantParams) throws FieldValidationException {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getChangelogValue(CustomField field, T value) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
