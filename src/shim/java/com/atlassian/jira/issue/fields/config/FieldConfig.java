package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/config/FieldConfig.html
 */
public interface FieldConfig {

    CustomField getCustomField();
}
