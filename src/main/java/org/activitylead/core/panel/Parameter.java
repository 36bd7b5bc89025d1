package org.activitylead.core.panel;

import java.util.Map;

/**
 * The closed list of macro parameters. Names are matched exactly; any other name an editor sends
 * (through the storage format or the preview endpoint) is ignored, so no parameter can choose a
 * template, a resource or a class.
 */
public enum Parameter {
    STATUS("status"),
    ACTIVITY_LEAD("activityLead"),
    PM("pm"),
    OWNER("owner"),
    REVIEWERS("reviewers"),
    CUSTOMER_FACING("customerFacing"),
    REVIEW_BY("reviewBy");

    /** Longer values are rejected before any parsing: a page cannot make the macro split or look up megabytes. */
    public static final int MAX_LENGTH = 4096;

    private final String storageName;

    Parameter(String storageName) {
        this.storageName = storageName;
    }

    public String storageName() {
        return storageName;
    }

    /** The i18n key of the row label, also used to name the parameter in error messages. */
    public String labelKey() {
        return "activity-lead.row." + storageName;
    }

    /** The raw value, or null when absent or blank. */
    String valueIn(Map<String, String> parameters) {
        String value = parameters.get(storageName);
        return value == null || value.isBlank() ? null : value;
    }
}
