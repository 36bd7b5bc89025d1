package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only shim; the app only calls it.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * Left out: getId, getName, getDescription, getConfigItems, getFieldId (not used).
 */
public interface FieldConfig {

    CustomField getCustomField();
}
