package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/config/manager/FieldConfigSchemeManager.java
 * (no javadoc page of this interface could be read; see src/shim/README.md)
 * Left out: every other member (not used).
 */
public interface FieldConfigSchemeManager {

    /** The scheme (the field's "context") the configuration belongs to; null when Jira finds none. */
    FieldConfigScheme getConfigSchemeForFieldConfig(FieldConfig fieldConfig);
}
