package com.atlassian.audit.entity;

/**
 * Compile-only shim: the product area an audit event belongs to, which administrators switch on and off by level.
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/CoverageArea.html (enum, these
 * constants in this order in atlassian-audit-api 1.16.2 of the decompiled Confluence 8.7.2 tree).
 */
public enum CoverageArea {
    AUDIT_LOG,
    GLOBAL_CONFIG_AND_ADMINISTRATION,
    USER_MANAGEMENT,
    PERMISSIONS,
    LOCAL_CONFIG_AND_ADMINISTRATION,
    SECURITY,
    END_USER_ACTIVITY,
    ECOSYSTEM
}
