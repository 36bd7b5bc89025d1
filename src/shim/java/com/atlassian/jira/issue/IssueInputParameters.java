package com.atlassian.jira.issue;

/**
 * Compile-only shim; the app only calls it (Jira builds it: IssueService.newIssueInputParameters()).
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueInputParameters.java
 * Left out: every other member (not used).
 */
public interface IssueInputParameters {

    /** Puts the values under the web-style key "customfield_" plus the id; returns this object. */
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    /** When true, fields that are not on the operation's screen may be set too. */
    void setSkipScreenCheck(boolean skipScreenCheck);

    /**
     * Keeps the stored values of fields without a parameter; with {@code onlyValidatePresentFields} only the fields
     * given take part in validation.
     */
    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues, boolean onlyValidatePresentFields);
}
