package com.atlassian.audit.entity;

import java.util.Objects;

/**
 * Compile-only shim: an object an audit event affected (name, type, optional id).
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/AuditResource.html; checked
 * against atlassian-audit-api 1.16.2 in the decompiled Confluence 8.7.2 tree. Left out: getUri, the copying builder
 * constructor and the builder's name, type and uri setters, which the app does not call.
 */
public class AuditResource {

    private final String name;
    private final String type;
    private final String id;

    private AuditResource(String name, String type, String id) {
        this.name = name;
        this.type = type;
        this.id = id;
    }

    public static Builder builder(String name, String type) {
        return new Builder(name, type);
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getId() {
        return id;
    }

    public static class Builder {

        private final String name;
        private final String type;
        private String id;

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public AuditResource build() {
            return new AuditResource(Objects.requireNonNull(name), Objects.requireNonNull(type), id);
        }
    }
}
