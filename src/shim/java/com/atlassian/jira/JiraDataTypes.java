package com.atlassian.jira;

/**
 * Compile-only shim: https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataTypes.html (final class of
 * public static final JiraDataType constants); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). USER is the type the DRI searcher's clause handler accepts (Jira's
 * UserPickerGroupSearcher registers it with JiraDataTypes.USER). Left out: the other constants and methods.
 */
public final class JiraDataTypes {

    public static final JiraDataType USER = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
