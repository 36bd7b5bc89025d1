package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

/**
 * Compile-only shim, called only: the platform's audit log, where apps write their audit events.
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/api/AuditService.html (interface);
 * checked against atlassian-audit-api 1.16.2 in the decompiled Confluence 8.7.2 tree, where Confluence's own listeners
 * and bundled plugins (share-page's ComponentsImport) import it.
 */
public interface AuditService {

    void audit(AuditEvent event);
}
