package com.atlassian.audit.entity;

import java.util.Objects;

/**
 * Compile-only shim: one value an audit event changed, named by an i18n key, from and to as text.
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/ChangedValue.html; checked
 * against atlassian-audit-api 1.16.2 in the decompiled Confluence 8.7.2 tree. Left out: the deprecated constructors,
 * getKey and the builder's withKeyTranslation, which the app does not call.
 */
public class ChangedValue {

    private final String i18nKey;
    private final String from;
    private final String to;

    public ChangedValue(Builder builder) {
        this.i18nKey = Objects.requireNonNull(builder.i18nKey);
        this.from = builder.from;
        this.to = builder.to;
    }

    public static Builder fromI18nKeys(String i18nKey) {
        return new Builder(i18nKey);
    }

    public String getI18nKey() {
        return i18nKey;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public static class Builder {

        private final String i18nKey;
        private String from;
        private String to;

        public Builder(String i18nKey) {
            this.i18nKey = Objects.requireNonNull(i18nKey);
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        public Builder to(String to) {
            this.to = to;
            return this;
        }

        public ChangedValue build() {
            return new ChangedValue(this);
        }
    }
}
