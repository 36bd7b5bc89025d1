package com.atlassian.jira.issue.fields.config;

import java.util.Collection;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/config/FieldConfigScheme.java
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/config/package-summary.html (kind: interface)
 * Left out: the nested Builder class and every other member (not used).
 */
public interface FieldConfigScheme {

    /** Whether the context covers all issue types. */
    boolean isAllIssueTypes();

    /** The ids of the context's issue types (non-null; may hold a null entry for "all issue types"). */
    Collection<String> getAssociatedIssueTypeIds();
}
