package org.activitylead.core.record;

/**
 * The CQL fields the app adds to Confluence: each an alias of one path of the record's JSON, indexed with one type
 * (the content-property-index-schema module in atlassian-plugin.xml lists the same, and a test keeps the two equal).
 * The plain names hold usernames, for people writing CQL with currentUser(); the "...Key" names hold user keys, which
 * survive renames and are what the app's own report searches by.
 */
public enum SearchField {
    VERSION("activityRecordVersion", RecordJson.F_VERSION, Type.NUMBER),
    STATUS("activityStatus", RecordJson.F_STATUS, Type.STRING),
    LEAD("activityLead", RecordJson.F_LEAD_NAME, Type.STRING),
    LEAD_KEY("activityLeadKey", RecordJson.F_LEAD, Type.STRING),
    PM("activityPm", RecordJson.F_PM_NAME, Type.STRING),
    PM_KEY("activityPmKey", RecordJson.F_PM, Type.STRING),
    OWNER("activityOwner", RecordJson.F_OWNER_NAME, Type.STRING),
    OWNER_KEY("activityOwnerKey", RecordJson.F_OWNER, Type.STRING),
    REVIEWER("activityReviewer", RecordJson.F_REVIEWER_NAMES, Type.STRING),
    REVIEWER_KEY("activityReviewerKey", RecordJson.F_REVIEWERS, Type.STRING),
    REVIEWER_COUNT("activityReviewerCount", RecordJson.F_REVIEWER_COUNT, Type.NUMBER),
    CUSTOMER_FACING("activityCustomerFacing", RecordJson.F_CUSTOMER_FACING, Type.STRING),
    REVIEW_BY("activityReviewBy", RecordJson.F_REVIEW_BY, Type.DATE),
    ATTENTION("activityAttention", RecordJson.F_ATTENTION, Type.STRING);

    /** The index types of Confluence's content-property index schema that the app uses. */
    public enum Type { STRING, NUMBER, DATE }

    private final String alias;
    private final String path;
    private final Type type;

    SearchField(String alias, String path, Type type) {
        this.alias = alias;
        this.path = path;
        this.type = type;
    }

    /** The name CQL knows the field by. */
    public String alias() {
        return alias;
    }

    /** The JSON path the index reads it from. */
    public String path() {
        return path;
    }

    public Type type() {
        return type;
    }
}
