package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * Compile-only shim. The app never implements it directly (it extends AbstractSingleFieldType, which implements
 * the rest in the host), so only the two members that subclass must implement are declared.
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/CustomFieldType.java
 * Left out: every member the host's AbstractSingleFieldType/AbstractCustomFieldType implements, and the default
 * methods of later versions.
 */
public interface CustomFieldType<T, S> {

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
