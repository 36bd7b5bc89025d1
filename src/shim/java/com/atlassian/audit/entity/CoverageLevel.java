package com.atlassian.audit.entity;

/**
 * Compile-only shim: how verbose an event is; an area logs the events at or below its configured level.
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/CoverageLevel.html (enum;
 * the same three constants in atlassian-audit-api 1.16.2 of the decompiled Confluence 8.7.2 tree).
 */
public enum CoverageLevel {
    BASE,
    ADVANCED,
    FULL
}
