package org.activitylead.core.record;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Status;

/**
 * The record as the JSON value of the page's content property, and back. Field names are the paths the
 * content-property index schema extracts (atlassian-plugin.xml): each user by key, and by username in a "...Name"
 * field for CQL's currentUser(). {@code lead} is written only when the page has its one Activity Lead, so that a
 * search for a lead finds only the activities that person really leads.
 */
public final class RecordJson {

    /** The content property's key on each page: letters only, as Confluence's expansions rewrite any other character. */
    public static final String PROPERTY_KEY = "activityLeadRecord";
    /** Raised when the shape changes; a reader keeps reading the fields it knows. */
    static final long VERSION = 1;

    static final String F_VERSION = "version";
    static final String F_STATUS = "status";
    static final String F_LEAD = "lead";
    static final String F_LEAD_NAME = "leadName";
    static final String F_LEADS = "leads";
    static final String F_LEAD_NAMES = "leadNames";
    static final String F_PM = "pm";
    static final String F_PM_NAME = "pmName";
    static final String F_OWNER = "owner";
    static final String F_OWNER_NAME = "ownerName";
    static final String F_REVIEWERS = "reviewers";
    static final String F_REVIEWER_NAMES = "reviewerNames";
    static final String F_REVIEWER_COUNT = "reviewerCount";
    static final String F_CUSTOMER_FACING = "customerFacing";
    static final String F_REVIEW_BY = "reviewBy";
    static final String F_ATTENTION = "attention";

    private RecordJson() {
    }

    public static String write(OwnershipRecord record) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        out.add(field(F_VERSION, Long.toString(VERSION)));
        record.status().ifPresent(status -> out.add(field(F_STATUS, Json.quote(statusValue(status)))));
        record.lead().ifPresent(lead -> user(out, F_LEAD, F_LEAD_NAME, lead));
        users(out, F_LEADS, F_LEAD_NAMES, record.leads());
        record.pm().ifPresent(pm -> user(out, F_PM, F_PM_NAME, pm));
        record.owner().ifPresent(owner -> user(out, F_OWNER, F_OWNER_NAME, owner));
        users(out, F_REVIEWERS, F_REVIEWER_NAMES, record.reviewers());
        out.add(field(F_REVIEWER_COUNT, Integer.toString(record.reviewers().size())));
        out.add(field(F_CUSTOMER_FACING, Boolean.toString(record.customerFacing())));
        record.reviewBy().ifPresent(date -> out.add(field(F_REVIEW_BY, Json.quote(date.toString()))));
        out.add(field(F_ATTENTION, array(record.attention().stream().map(Attention::value).toList())));
        return out.toString();
    }

    /** The record a property holds, or empty for anything that is not one this app wrote (or could have). */
    public static Optional<OwnershipRecord> read(String json) {
        return Json.readObject(json).flatMap(RecordJson::record);
    }

    /** How a status is written and searched: as the macro browser offers it, "IN REVIEW". */
    public static String statusValue(Status status) {
        return status.name().replace('_', ' ');
    }

    private static Optional<OwnershipRecord> record(Map<String, Object> object) {
        try {
            if (!(object.get(F_VERSION) instanceof Long)) {
                return Optional.empty();
            }
            Optional<Status> status = optionalString(object, F_STATUS).map(text -> Status.parse(text).orElseThrow());
            Optional<LocalDate> reviewBy = optionalString(object, F_REVIEW_BY).map(LocalDate::parse);
            Set<Attention> attention = EnumSet.noneOf(Attention.class);
            for (String value : strings(object, F_ATTENTION)) {
                attention.add(attention(value));
            }
            Object customerFacing = object.getOrDefault(F_CUSTOMER_FACING, Boolean.FALSE);
            if (!(customerFacing instanceof Boolean)) {
                return Optional.empty();
            }
            return Optional.of(new OwnershipRecord(status, users(object, F_LEADS, F_LEAD_NAMES), user(object, F_PM, F_PM_NAME),
                    user(object, F_OWNER, F_OWNER_NAME), users(object, F_REVIEWERS, F_REVIEWER_NAMES), (Boolean) customerFacing,
                    reviewBy, attention));
        } catch (RuntimeException e) {
            // A wrong type, an unknown status or attention, a bad date or key: not a record of ours.
            return Optional.empty();
        }
    }

    private static Optional<RecordedUser> user(Map<String, Object> object, String keyField, String nameField) {
        Optional<String> key = optionalString(object, keyField);
        Optional<String> name = optionalString(object, nameField);
        if (key.isPresent() != name.isPresent()) {
            throw new IllegalArgumentException("a key without a name");
        }
        return key.map(value -> new RecordedUser(value, name.get()));
    }

    private static List<RecordedUser> users(Map<String, Object> object, String keysField, String namesField) {
        List<String> keys = strings(object, keysField);
        List<String> names = strings(object, namesField);
        if (keys.size() != names.size()) {
            throw new IllegalArgumentException("keys and names apart");
        }
        return IntStream.range(0, keys.size()).mapToObj(i -> new RecordedUser(keys.get(i), names.get(i))).toList();
    }

    private static void user(StringJoiner out, String keyField, String nameField, RecordedUser user) {
        out.add(field(keyField, Json.quote(user.key())));
        out.add(field(nameField, Json.quote(user.username())));
    }

    private static void users(StringJoiner out, String keysField, String namesField, List<RecordedUser> users) {
        out.add(field(keysField, array(users.stream().map(RecordedUser::key).toList())));
        out.add(field(namesField, array(users.stream().map(RecordedUser::username).toList())));
    }

    private static Attention attention(String value) {
        for (Attention attention : Attention.values()) {
            if (attention.value().equals(value)) {
                return attention;
            }
        }
        throw new IllegalArgumentException("unknown attention");
    }

    private static Optional<String> optionalString(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new IllegalArgumentException("not a string");
    }

    private static List<String> strings(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("not a list of strings");
    }

    private static String array(List<String> values) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        values.forEach(value -> out.add(Json.quote(value)));
        return out.toString();
    }

    private static String field(String name, String json) {
        return Json.quote(name) + ":" + json;
    }
}
