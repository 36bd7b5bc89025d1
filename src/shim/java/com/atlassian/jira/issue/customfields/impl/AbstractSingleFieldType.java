package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only shim of the class DriCFType extends: the protected constructor and fields, the three abstract
 * methods, and every public method the app overrides or calls, with the host's exact signatures.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html
 * (a Jira 7 subclass: same constructor, same protected trio, same inherited fields)
 * Left out: the {@code log} field (a log4j Logger in 6.x; its type in 10/11 is unknown), the FIELD_TYPE_*
 * constants, getValueFromIssue (both), remove, createValue, updateValue, setDefaultValue, getDefaultValue,
 * getStringValueFromCustomFieldParams, getJsonDefaultValue, accept and Visitor: the app neither overrides nor calls
 * them, and the host's class supplies them at run time.
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
