package org.activitylead.core.record;

import java.util.Optional;

/**
 * What to do with a page's stored record, given the record its body now asks for and the version of the page that
 * body was read from. The stored record carries the page version it was made from: a record made from an older
 * version than the stored one is never written over it. So when the recording job reads a page, an author saves it,
 * the save's listener records the new version, and only then the job writes, the job's older record is dropped
 * instead of overwriting the newer one. An unchanged record is left alone (no re-index), whatever its stamp.
 */
public final class RecordUpdate {

    /** The field of the page version, written by this app beside the record's own fields. */
    static final String F_PAGE_VERSION = "pageVersion";

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
        if (stored.isPresent() && pageVersion(stored.get()) > pageVersion) {
            return new Decision.Keep();
        }
        if (wanted.isEmpty()) {
            return stored.isPresent() ? new Decision.Remove() : new Decision.Keep();
        }
        if (stored.isPresent() && RecordJson.read(stored.get()).isPresent()
                && RecordJson.read(stored.get()).equals(RecordJson.read(wanted.get()))) {
            return new Decision.Keep();
        }
        return new Decision.Write(stamped(wanted.get(), pageVersion));
    }

    /** The page version a stored record was made from; 0 for one written before records carried it. */
    static long pageVersion(String json) {
        return Json.readObject(json).map(object -> object.get(F_PAGE_VERSION) instanceof Long version ? version : 0L).orElse(0L);
    }

    /** The record's own JSON object (this app's, always an object) with the page version as its first field. */
    static String stamped(String json, int pageVersion) {
        if (!json.startsWith("{")) {
            throw new IllegalArgumentException("not a record this app wrote");
        }
        return "{\"" + F_PAGE_VERSION + "\":" + pageVersion + "," + json.substring(1);
    }
}
