package com.atlassian.confluence.audit;

/**
 * Compile-only shim, called only: the names Confluence gives the types of the objects its audit events affect, so that
 * the audit log files an app's pages and users with Confluence's own. An interface in the decompiled Confluence 8.7.2
 * tree ({@code com/atlassian/confluence/audit/StandardAuditResourceTypes.java}), imported as a component by bundled
 * plugins (share-page's ComponentsImport). Left out: the other types (space, group, attachment...), which the app
 * does not use.
 */
public interface StandardAuditResourceTypes {

    String user();

    String page();
}
