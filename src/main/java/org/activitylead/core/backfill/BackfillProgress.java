package org.activitylead.core.backfill;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.activitylead.core.record.Json;

/**
 * How far the recording of existing pages got: kept by the host in the database (never in one node's memory), read
 * and written by whichever node runs the job, so it survives a restart and moves between nodes. Immutable.
 *
 * @param startedBy the key of the administrator the job runs as, or "" before the first start
 * @param total how many pages with a panel the search found at its last batch
 * @param checked pages done so far (written, unchanged or failed)
 * @param written pages whose record had to be created, changed or removed
 * @param failedPages the first {@link #FAILED_SHOWN} pages that failed, by content id, for the administrator to open
 */
public record BackfillProgress(BackfillState state, String startedBy, Optional<Instant> startedAt, Optional<Instant> updatedAt,
                               int total, int checked, int written, int failed, List<Long> failedPages, Cursor cursor,
                               Optional<BackfillProblem> problem) {

    /** Enough pages to act on; the count says how many failed in all. */
    public static final int FAILED_SHOWN = 20;

    public BackfillProgress {
        failedPages = List.copyOf(failedPages);
        if (total < 0 || checked < 0 || written < 0 || failed < 0 || written + failed > checked || failedPages.size() > Math.min(failed, FAILED_SHOWN)) {
            throw new IllegalArgumentException("Counts of a recording job that cannot be");
        }
    }

    public static BackfillProgress notStarted() {
        return new BackfillProgress(BackfillState.NOT_STARTED, "", Optional.empty(), Optional.empty(), 0, 0, 0, 0, List.of(), Cursor.START,
                Optional.empty());
    }

    /**
     * What an administrator's start makes of this progress: a job that never ran or finished starts from the first
     * page; a stopped one resumes where it stopped, keeping its counts; a running one goes on as it is.
     */
    public BackfillProgress startedBy(String userKey, Instant now) {
        return switch (state) {
            case RUNNING -> this;
            case STOPPED -> new BackfillProgress(BackfillState.RUNNING, userKey, startedAt, Optional.of(now), total, checked, written, failed,
                    failedPages, cursor, Optional.empty());
            case NOT_STARTED, FINISHED -> new BackfillProgress(BackfillState.RUNNING, userKey, Optional.of(now), Optional.of(now), 0, 0, 0, 0,
                    List.of(), Cursor.START, Optional.empty());
        };
    }

    public boolean running() {
        return state == BackfillState.RUNNING;
    }

    BackfillProgress afterPage(Cursor next, PageRecorder.Outcome outcome, long pageId) {
        List<Long> failures = failedPages;
        if (outcome == PageRecorder.Outcome.FAILED && failedPages.size() < FAILED_SHOWN) {
            failures = new ArrayList<>(failedPages);
            failures.add(pageId);
        }
        return new BackfillProgress(state, startedBy, startedAt, updatedAt, total, checked + 1,
                written + (outcome == PageRecorder.Outcome.WRITTEN ? 1 : 0), failed + (outcome == PageRecorder.Outcome.FAILED ? 1 : 0),
                failures, next, problem);
    }

    BackfillProgress at(Cursor next) {
        return new BackfillProgress(state, startedBy, startedAt, updatedAt, total, checked, written, failed, failedPages, next, problem);
    }

    BackfillProgress counted(int found, Instant now) {
        return new BackfillProgress(state, startedBy, startedAt, Optional.of(now), found, checked, written, failed, failedPages, cursor,
                Optional.empty());
    }

    BackfillProgress ended(BackfillState end, Optional<BackfillProblem> why, Instant now) {
        return new BackfillProgress(end, startedBy, startedAt, Optional.of(now), end == BackfillState.FINISHED ? checked : total, checked,
                written, failed, failedPages, end == BackfillState.FINISHED ? Cursor.START : cursor, why);
    }

    /** Stopped by an administrator; a start resumes it from here. */
    public BackfillProgress stopped(Instant now) {
        return ended(BackfillState.STOPPED, Optional.empty(), now);
    }

    /** Stopped because it cannot go on; an administrator resumes it once the problem is gone. */
    public BackfillProgress stoppedFor(BackfillProblem why, Instant now) {
        return ended(BackfillState.STOPPED, Optional.of(why), now);
    }

    BackfillProgress troubled(BackfillProblem why, Instant now) {
        return new BackfillProgress(state, startedBy, startedAt, Optional.of(now), total, checked, written, failed, failedPages, cursor,
                Optional.of(why));
    }

    public String toJson() {
        StringJoiner out = new StringJoiner(",", "{", "}");
        out.add("\"state\":" + Json.quote(state.name()));
        out.add("\"by\":" + Json.quote(startedBy));
        startedAt.ifPresent(at -> out.add("\"startedAt\":" + Json.quote(at.toString())));
        updatedAt.ifPresent(at -> out.add("\"updatedAt\":" + Json.quote(at.toString())));
        out.add("\"total\":" + total);
        out.add("\"checked\":" + checked);
        out.add("\"written\":" + written);
        out.add("\"failed\":" + failed);
        out.add("\"failedPages\":" + failedPages.stream().map(String::valueOf).toList().toString().replace(" ", ""));
        out.add("\"offset\":" + cursor.offset());
        out.add("\"lastId\":" + cursor.lastId());
        problem.ifPresent(why -> out.add("\"problem\":" + Json.quote(why.name())));
        return out.toString();
    }

    /**
     * The progress the stored text holds. Text that is not a whole, consistent progress (an older or damaged value)
     * reads as never started: starting again checks every page once more and writes only records that are wrong.
     */
    public static BackfillProgress fromJson(String text) {
        return Json.readObject(text).flatMap(BackfillProgress::read).orElseGet(BackfillProgress::notStarted);
    }

    private static Optional<BackfillProgress> read(Map<String, Object> json) {
        try {
            List<Long> failedPages = new ArrayList<>();
            for (Object id : (List<?>) json.get("failedPages")) {
                failedPages.add((Long) id);
            }
            return Optional.of(new BackfillProgress(BackfillState.valueOf((String) json.get("state")), (String) json.get("by"),
                    Json.instant(json.get("startedAt")), Json.instant(json.get("updatedAt")), Json.count(json, "total"), Json.count(json, "checked"),
                    Json.count(json, "written"), Json.count(json, "failed"), failedPages,
                    new Cursor(Json.count(json, "offset"), (Long) json.get("lastId")),
                    json.get("problem") == null ? Optional.empty() : Optional.of(BackfillProblem.valueOf((String) json.get("problem")))));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
