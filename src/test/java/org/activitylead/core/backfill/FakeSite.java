package org.activitylead.core.backfill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * A site for the job to work on, in memory: the pages that hold a panel (found in content-id order, as CQL's
 * "order by id" finds them), the record each one should have and the record it has. Counts every search and write,
 * so tests can tell how much work a run did.
 */
final class FakeSite implements PanelledPages, PageRecorder {

    private final TreeSet<Long> panelled = new TreeSet<>();
    private final Map<Long, String> stored = new HashMap<>();
    private final Map<Long, String> wanted = new HashMap<>();
    private LongPredicate failing = id -> false;
    private Runnable afterEachRecord = () -> { };
    int searches;
    int writes;
    final List<Long> recorded = new ArrayList<>();

    /** Pages first..last (by id, step 10), each with a panel that has no record yet. */
    FakeSite pages(int count) {
        for (int i = 1; i <= count; i++) {
            add(i * 10L);
        }
        return this;
    }

    FakeSite add(long id) {
        panelled.add(id);
        wanted.put(id, "record of " + id);
        return this;
    }

    void delete(long id) {
        panelled.remove(id);
    }

    void alreadyRecorded(long id) {
        stored.put(id, wanted.get(id));
    }

    void failing(LongPredicate which) {
        failing = which;
    }

    void afterEachRecord(Runnable action) {
        afterEachRecord = action;
    }

    boolean allRecorded() {
        return panelled.stream().allMatch(id -> wanted.get(id).equals(stored.get(id)));
    }

    @Override
    public Found find(int from, int limit) {
        searches++;
        List<Long> ids = new ArrayList<>(panelled);
        return new Found(ids.subList(Math.min(from, ids.size()), Math.min(from + limit, ids.size())), ids.size());
    }

    @Override
    public Outcome record(long pageId) {
        recorded.add(pageId);
        try {
            if (failing.test(pageId)) {
                return Outcome.FAILED;
            }
            if (wanted.get(pageId).equals(stored.get(pageId))) {
                return Outcome.UNCHANGED;
            }
            stored.put(pageId, wanted.get(pageId));
            writes++;
            return Outcome.WRITTEN;
        } finally {
            afterEachRecord.run();
        }
    }
}
