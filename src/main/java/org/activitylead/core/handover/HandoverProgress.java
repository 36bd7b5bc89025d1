package org.activitylead.core.handover;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.activitylead.core.panel.Role;
import org.activitylead.core.record.Json;

/**
 * How far a handover job got: kept by the host in the database (never in one node's memory), read and written by
 * whichever node runs the job, so it survives a restart and moves between nodes. The pages themselves and each
 * page's result are kept beside it, batch by batch ({@link HandoverLedger}). Immutable.
 *
 * @param startedBy the key of the administrator the job acts as, or "" before the first start
 * @param total the pages the job goes through, found when the dry run started
 * @param done pages done so far; always a whole number of batches until the last
 */
public record HandoverProgress(HandoverState state, HandoverMode mode, Optional<HandoverRequest> request, String startedBy,
                               Optional<Instant> startedAt, Optional<Instant> updatedAt, int total, int done, int changed,
                               int skipped, int failed, Optional<HandoverJobProblem> problem) {

    public HandoverProgress {
        if (total < 0 || done < 0 || changed < 0 || skipped < 0 || failed < 0 || done > total || changed + skipped + failed != done
                || (state != HandoverState.NOT_STARTED && request.isEmpty())) {
            throw new IllegalArgumentException("Counts of a handover job that cannot be");
        }
    }

    public static HandoverProgress notStarted() {
        return new HandoverProgress(HandoverState.NOT_STARTED, HandoverMode.DRY_RUN, Optional.empty(), "", Optional.empty(), Optional.empty(),
                0, 0, 0, 0, 0, Optional.empty());
    }

    /** A new pass over {@code total} pages, from the first, as this administrator. */
    public static HandoverProgress started(HandoverRequest request, HandoverMode mode, String administratorKey, int total, Instant now) {
        return new HandoverProgress(total == 0 ? HandoverState.FINISHED : HandoverState.RUNNING, mode, Optional.of(request), administratorKey,
                Optional.of(now), Optional.of(now), total, 0, 0, 0, 0, Optional.empty());
    }

    /**
     * Whether this user may confirm, stop or resume the job: an administrator of everything it can cover may change
     * any job; an administrator of a part (a space, some projects) only a job they started, or none yet.
     */
    public boolean mayBeChangedBy(String userKey, boolean administersEverything) {
        return administersEverything || state == HandoverState.NOT_STARTED || startedBy.equals(userKey);
    }

    public boolean running() {
        return state == HandoverState.RUNNING;
    }

    /** Whether the dry run of exactly this request has finished: only then may the reassignment start. */
    public boolean dryRunDone(HandoverRequest of) {
        return state == HandoverState.FINISHED && mode == HandoverMode.DRY_RUN && request.equals(Optional.of(of));
    }

    /** A stopped job goes on where it stopped, as the administrator who resumes it. */
    public HandoverProgress resumedBy(String administratorKey, Instant now) {
        if (state != HandoverState.STOPPED) {
            return this;
        }
        return new HandoverProgress(HandoverState.RUNNING, mode, request, administratorKey, startedAt, Optional.of(now), total, done, changed,
                skipped, failed, Optional.empty());
    }

    /** The batch of pages the job does next. */
    public int batch() {
        return done / HandoverRun.BATCH;
    }

    HandoverProgress after(List<PageResult> results, Instant now) {
        int changedNow = (int) results.stream().filter(result -> result.outcome().kind() == PageOutcome.Kind.CHANGED).count();
        int failedNow = (int) results.stream().filter(result -> result.outcome().kind() == PageOutcome.Kind.FAILED).count();
        int doneNow = Math.min(total, done + results.size());
        return new HandoverProgress(doneNow == total ? HandoverState.FINISHED : state, mode, request, startedBy, startedAt, Optional.of(now),
                total, doneNow, changed + changedNow, skipped + results.size() - changedNow - failedNow, failed + failedNow, problem);
    }

    /** Finished where the pages ran out, before the total: the total becomes what was done. */
    HandoverProgress endedAtBatch(Instant now) {
        return new HandoverProgress(HandoverState.FINISHED, mode, request, startedBy, startedAt, Optional.of(now), done, done, changed, skipped,
                failed, problem);
    }

    HandoverProgress stopped(Optional<HandoverJobProblem> why, Instant now) {
        return new HandoverProgress(HandoverState.STOPPED, mode, request, startedBy, startedAt, Optional.of(now), total, done, changed, skipped,
                failed, why);
    }

    /** Stopped by an administrator; a start resumes it from here. */
    public HandoverProgress stopped(Instant now) {
        return stopped(Optional.empty(), now);
    }

    /** Stopped because it cannot go on. */
    public HandoverProgress stoppedFor(HandoverJobProblem why, Instant now) {
        return stopped(Optional.of(why), now);
    }

    /** Done out of total, in whole percent, for the progress bar. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    public String toJson() {
        StringJoiner out = new StringJoiner(",", "{", "}");
        out.add("\"state\":" + Json.quote(state.name()));
        out.add("\"mode\":" + Json.quote(mode.name()));
        request.ifPresent(asked -> {
            out.add("\"leaver\":" + Json.quote(asked.leaverKey()));
            out.add("\"successor\":" + Json.quote(asked.successorKey()));
            out.add("\"roles\":" + EnumSet.copyOf(asked.roles()).stream().map(role -> Json.quote(role.name())).toList().toString().replace(" ", ""));
        });
        out.add("\"by\":" + Json.quote(startedBy));
        startedAt.ifPresent(at -> out.add("\"startedAt\":" + Json.quote(at.toString())));
        updatedAt.ifPresent(at -> out.add("\"updatedAt\":" + Json.quote(at.toString())));
        out.add("\"total\":" + total);
        out.add("\"done\":" + done);
        out.add("\"changed\":" + changed);
        out.add("\"skipped\":" + skipped);
        out.add("\"failed\":" + failed);
        problem.ifPresent(why -> out.add("\"problem\":" + Json.quote(why.name())));
        return out.toString();
    }

    /** The progress the stored text holds; anything that is not a whole, consistent progress reads as never started. */
    public static HandoverProgress fromJson(String text) {
        return Json.readObject(text).flatMap(HandoverProgress::read).orElseGet(HandoverProgress::notStarted);
    }

    private static Optional<HandoverProgress> read(Map<String, Object> json) {
        try {
            Optional<HandoverRequest> request = Optional.empty();
            if (json.get("leaver") != null) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Object role : (List<?>) json.get("roles")) {
                    roles.add(Role.valueOf((String) role));
                }
                request = Optional.of(new HandoverRequest((String) json.get("leaver"), roles, (String) json.get("successor")));
            }
            return Optional.of(new HandoverProgress(HandoverState.valueOf((String) json.get("state")), HandoverMode.valueOf((String) json.get("mode")),
                    request, (String) json.get("by"), Json.instant(json.get("startedAt")), Json.instant(json.get("updatedAt")), Json.count(json, "total"),
                    Json.count(json, "done"), Json.count(json, "changed"), Json.count(json, "skipped"), Json.count(json, "failed"),
                    json.get("problem") == null ? Optional.empty() : Optional.of(HandoverJobProblem.valueOf((String) json.get("problem")))));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
