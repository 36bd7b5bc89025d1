package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only shim: only the type, a parameter of getVelocityParameters.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.java
 * Left out: the super-interface Comparable and every member (not used from Java).
 */
public interface FieldLayoutItem {
}
