package org.activitylead.testing;

import java.util.ArrayList;
import java.util.List;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;

/** The host's search as a report meets it: canned hits (the first {@code limit} returned), and every query it was asked. */
public final class FakeActivitySearch implements ActivitySearch {

    private final List<ReportHit> hits = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    public FakeActivitySearch with(ReportHit... found) {
        hits.addAll(List.of(found));
        return this;
    }

    @Override
    public Found find(String cql, int limit) {
        queries.add(cql);
        return new Found(hits.subList(0, Math.min(limit, hits.size())), hits.size());
    }

    public List<String> queries() {
        return List.copyOf(queries);
    }
}
