package org.activitylead.core.report;

import java.util.Map;

/** The closed list of the report macro's parameters; any other name a page sends is ignored. */
public enum ReportParameter {
    SPACES("spaces"),
    STATUS("status"),
    PERSON("person"),
    ROLES("roles"),
    LABEL("label"),
    ATTENTION("attention"),
    SORT("sort"),
    LIMIT("limit"),
    LAYOUT("layout");

    /** Longer values are refused before they are split or matched. */
    public static final int MAX_LENGTH = 4096;

    private final String storageName;

    ReportParameter(String storageName) {
        this.storageName = storageName;
    }

    public String storageName() {
        return storageName;
    }

    /** The i18n key naming the parameter in messages. */
    public String labelKey() {
        return "activity-lead.report.param." + storageName;
    }

    /** The raw value, or null when absent or blank. */
    String valueIn(Map<String, String> parameters) {
        String value = parameters.get(storageName);
        return value == null || value.isBlank() ? null : value;
    }
}
