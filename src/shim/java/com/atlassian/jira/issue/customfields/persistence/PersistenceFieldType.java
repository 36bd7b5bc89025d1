package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only shim: a final class with constants (not an enum), as in Jira.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.java
 * Left out: TYPE_UNLIMITED_TEXT, TYPE_DATE, TYPE_DECIMAL (not used).
 */
public final class PersistenceFieldType {

    /** Short text (up to 255 characters): where Jira's own user fields keep the user key. */
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
