package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
 */
public interface FieldLayoutItem {
}
