package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A handover job's ledger in memory, as the host's database would keep it, counting what is written. Public for
 * HandoverJobBenchmark, which runs jobs over it.
 */
public final class MemoryLedger implements HandoverLedger {

    private HandoverProgress progress = HandoverProgress.notStarted();
    private final Map<Integer, List<Long>> pages = new HashMap<>();
    private final Map<Integer, List<PageResult>> results = new HashMap<>();
    int progressWrites;

    @Override
    public HandoverProgress progress() {
        return progress;
    }

    @Override
    public void save(HandoverProgress now) {
        progress = now;
        progressWrites++;
    }

    @Override
    public List<Long> pages(int batch) {
        return pages.getOrDefault(batch, List.of());
    }

    @Override
    public void savePages(List<Long> pageIds) {
        pages.clear();
        results.clear();
        for (int from = 0; from < pageIds.size(); from += HandoverRun.BATCH) {
            pages.put(from / HandoverRun.BATCH, List.copyOf(pageIds.subList(from, Math.min(pageIds.size(), from + HandoverRun.BATCH))));
        }
    }

    @Override
    public List<PageResult> results(int batch) {
        return results.getOrDefault(batch, List.of());
    }

    @Override
    public void saveResults(int batch, List<PageResult> now) {
        results.put(batch, List.copyOf(now));
    }

    List<PageResult> allResults() {
        List<PageResult> all = new ArrayList<>();
        for (int batch = 0; results.containsKey(batch); batch++) {
            all.addAll(results.get(batch));
        }
        return all;
    }
}
