package org.activitylead.core.report;

import java.util.List;

/** Port to the host's search, run as the viewer: the first hits of a CQL query, in its order, and how many there are. */
public interface ActivitySearch {

    Found find(String cql, int limit);

    /** @param total every match the viewer may see, which may be more than the hits returned */
    record Found(List<ReportHit> hits, int total) {
        public Found {
            hits = List.copyOf(hits);
            if (total < hits.size()) {
                throw new IllegalArgumentException("fewer matches than hits");
            }
        }
    }
}
