package com.atlassian.audit.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Compile-only shim: what an audit event says (category and summary as i18n keys, level, area, affected objects,
 * changed values, extra attributes); the author and time are the host's (Confluence takes the author from the
 * thread's user).
 * https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/AuditEvent.html; checked
 * against atlassian-audit-api 1.16.2 in the decompiled Confluence 8.7.2 tree. Left out: the deprecated builders,
 * the other fromI18nKeys, builder(AuditType), the getters and builder methods the app does not call. The real
 * getExtraAttributes returns a Collection over a set; this one keeps the order added, which no caller relies on.
 */
public class AuditEvent {

    private final String actionI18nKey;
    private final String categoryI18nKey;
    private final CoverageLevel level;
    private final CoverageArea area;
    private final List<AuditResource> affectedObjects;
    private final List<ChangedValue> changedValues;
    private final List<AuditAttribute> extraAttributes;

    private AuditEvent(Builder builder) {
        this.actionI18nKey = builder.actionI18nKey;
        this.categoryI18nKey = builder.categoryI18nKey;
        this.level = builder.level;
        this.area = builder.area;
        this.affectedObjects = List.copyOf(builder.affectedObjects);
        this.changedValues = List.copyOf(builder.changedValues);
        this.extraAttributes = List.copyOf(builder.extraAttributes);
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level, CoverageArea area) {
        return new Builder(categoryI18nKey, actionI18nKey, level, area);
    }

    public String getActionI18nKey() {
        return actionI18nKey;
    }

    public String getCategoryI18nKey() {
        return categoryI18nKey;
    }

    public CoverageLevel getLevel() {
        return level;
    }

    public CoverageArea getArea() {
        return area;
    }

    public List<AuditResource> getAffectedObjects() {
        return affectedObjects;
    }

    public List<ChangedValue> getChangedValues() {
        return changedValues;
    }

    public Collection<AuditAttribute> getExtraAttributes() {
        return extraAttributes;
    }

    public static class Builder {

        private final String categoryI18nKey;
        private final String actionI18nKey;
        private final CoverageLevel level;
        private final CoverageArea area;
        private final List<AuditResource> affectedObjects = new ArrayList<>();
        private final List<ChangedValue> changedValues = new ArrayList<>();
        private final List<AuditAttribute> extraAttributes = new ArrayList<>();

        private Builder(String categoryI18nKey, String actionI18nKey, CoverageLevel level, CoverageArea area) {
            this.categoryI18nKey = Objects.requireNonNull(categoryI18nKey);
            this.actionI18nKey = Objects.requireNonNull(actionI18nKey);
            this.level = Objects.requireNonNull(level);
            this.area = area;
        }

        public Builder affectedObject(AuditResource affectedObject) {
            affectedObjects.add(Objects.requireNonNull(affectedObject));
            return this;
        }

        public Builder changedValue(ChangedValue changedValue) {
            changedValues.add(Objects.requireNonNull(changedValue));
            return this;
        }

        public Builder extraAttribute(AuditAttribute extraAttribute) {
            extraAttributes.add(Objects.requireNonNull(extraAttribute));
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
