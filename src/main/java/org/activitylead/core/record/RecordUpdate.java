package org.activitylead.core.record;

import java.util.Optional;

/**
 * What to do with a page's stored record, given the record its body now asks for and the version of the page that
 * body was read from. The stored record carries the page version it was made from: a record made from an older
 * version than the stored one is never written over it. So when the recording job reads a page, an author saves it,
 * the save's listener records the new version, and only then the job writes, the job's older record is dropped
 * instead of overwriting the newer one. An unchanged record is left alone (no re-index), whatever its stamp. The stamp
 * is always the first field, so it is read and compared without parsing the JSON.
 */
public final class RecordUpdate {

    /** The field of the page version, written by this app beside the record's own fields. */
    static final String F_PAGE_VERSION = "pageVersion";
    private static final String STAMP = "{\"" + F_PAGE_VERSION + "\":";

    public sealed interface Decision {
        /** Store this JSON, stamped with the page version. */
        record Write(String json) implements Decision {
        }

        /** Remove the stored record: the page holds no panel any more. */
        record Remove() implements Decision {
        }

        /** Leave the stored record as it is: already right, or newer than what was read. */
        record Keep() implements Decision {
        }
    }

    private RecordUpdate() {
    }

    /**
     * @param stored      the stored property's JSON, if any
     * @param wanted      the record's JSON as {@link PageRecording#of} made it, or empty for a page without a panel
     * @param pageVersion the version of the page the wanted record was read from
     */
    public static Decision decide(Optional<String> stored, Optional<String> wanted, int pageVersion) {
        // Read on every save of a panelled page: string checks only, no JSON parse.
        if (stored.isPresent() && pageVersion(stored.get()) > pageVersion) {
            return new Decision.Keep();
        }
        if (wanted.isEmpty()) {
            return stored.isPresent() ? new Decision.Remove() : new Decision.Keep();
        }
        if (stored.isPresent() && unstamped(stored.get()).equals(wanted.get())) {
            return new Decision.Keep();
        }
        return new Decision.Write(stamped(wanted.get(), pageVersion));
    }

    /** The page version a stored record was made from; 0 for one written before records carried it, or not this app's. */
    static long pageVersion(String json) {
        int end = stampEnd(json);
        return end < 0 ? 0L : Long.parseLong(json.substring(STAMP.length(), end));
    }

    /** The record's own JSON object (this app's, always an object) with the page version as its first field. */
    static String stamped(String json, int pageVersion) {
        if (!json.startsWith("{")) {
            throw new IllegalArgumentException("not a record this app wrote");
        }
        return STAMP + pageVersion + "," + json.substring(1);
    }

    /** The stored JSON as {@link PageRecording#of} wrote it, before it was stamped. */
    private static String unstamped(String json) {
        int end = stampEnd(json);
        return end < 0 ? json : "{" + json.substring(end + 1);
    }

    /** Where the stamp's number ends (at its comma), or -1 for JSON that does not start with a stamp. */
    private static int stampEnd(String json) {
        if (!json.startsWith(STAMP)) {
            return -1;
        }
        int end = json.indexOf(',', STAMP.length());
        if (end <= STAMP.length() || end - STAMP.length() > 18) {
            return -1;
        }
        for (int i = STAMP.length(); i < end; i++) {
            if (json.charAt(i) < '0' || json.charAt(i) > '9') {
                return -1;
            }
        }
        return end;
    }
}
