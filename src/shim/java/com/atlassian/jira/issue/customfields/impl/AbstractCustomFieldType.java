package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * Compile-only shim of a class the app extends (through AbstractSingleFieldType): every method the app overrides
 * is declared with the host's exact signature, so a mismatch fails {@code @Override} here instead of silently not
 * overriding in Jira. The three {@code final} getters are declared so that an accidental override fails to compile.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.java
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/package-summary.html
 * Left out: init, getDescriptor, getConfigurationItemTypes, getRelatedIndexers (its indexer type changes in
 * Jira 11), isRenderable, valuesEqual, availableForBulkEdit, getI18nBean, accept and the Visitor types (not used).
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    public final String getKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public final String getName() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public final String getDescription() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getChangelogString(CustomField field, T value) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
