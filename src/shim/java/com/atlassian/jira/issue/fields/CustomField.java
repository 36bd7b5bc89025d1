package com.atlassian.jira.issue.fields;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html
 */
public interface CustomField {

    /** "customfield_" plus the numeric id: the key of the field's errors and form parameters. */
    String getId();

    String getName();

    /** The custom field type of this field, here to tell DRI fields apart from others. */
    com.atlassian.jira.issue.customfields.CustomFieldType getCustomFieldType();
}
