package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only shim, only the members the app uses. Written from the public javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.html
 */
public final class PersistenceFieldType {

    /** Short text (up to 255 characters): where Jira's own user fields keep the user key. */
    public static final PersistenceFieldType TYPE_LIMITED_TEXT = new PersistenceFieldType("stringvalue");

    private final String name;

    private PersistenceFieldType(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
