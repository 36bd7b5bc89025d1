package org.activitylead.it.browser;

/** Where the app's HTML lands in a product, which decides the styles and scripts around it (see {@link Pages}). */
public enum Surface {
    /** A Confluence page view: AUI and the panel's own styles. */
    CONFLUENCE_PAGE,
    /** PDF, Word and email exports: no AUI, no script or web resource of ours. */
    EXPORT,
    /** A Jira issue view or the issue navigator: AUI. */
    JIRA,
    /** A Jira create or edit screen: AUI, and the DRI autocomplete script the field requires. */
    JIRA_EDIT
}
