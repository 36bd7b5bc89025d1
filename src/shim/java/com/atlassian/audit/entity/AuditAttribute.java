package com.atlassian.audit.entity;

import java.util.Objects;

/**
 * Compile-only shim: an extra name and value of an audit event, the name an i18n key.
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/AuditAttribute.html; checked
 * against atlassian-audit-api 1.16.2 in the decompiled Confluence 8.7.2 tree. Left out: the deprecated constructor,
 * getName and the builder's withNameTranslation, which the app does not call.
 */
public class AuditAttribute {

    private final String nameI18nKey;
    private final String value;

    private AuditAttribute(Builder builder) {
        this.nameI18nKey = Objects.requireNonNull(builder.nameI18nKey);
        this.value = builder.value;
    }

    public static Builder fromI18nKeys(String nameI18nKey, String value) {
        return new Builder(nameI18nKey, value);
    }

    public String getNameI18nKey() {
        return nameI18nKey;
    }

    public String getValue() {
        return value;
    }

    public static class Builder {

        private final String nameI18nKey;
        private final String value;

        public Builder(String nameI18nKey, String value) {
            this.nameI18nKey = Objects.requireNonNull(nameI18nKey);
            this.value = value;
        }

        public AuditAttribute build() {
            return new AuditAttribute(this);
        }
    }
}
