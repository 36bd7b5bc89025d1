package org.activitylead.core.backfill;

import java.util.List;

/** Port to the host's search for pages and blog posts whose body holds the Activity Lead panel, by content id. */
public interface PanelledPages {

    /**
     * @param from the first row, 0-based, of the search ordered by content id ascending
     * @param limit at most this many rows
     */
    Found find(int from, int limit);

    /** @param ids in ascending order; @param total how many pages the whole search finds now */
    record Found(List<Long> ids, int total) {
        public Found {
            ids = List.copyOf(ids);
        }
    }

    /** The host's search failed (an error, not an empty result). */
    final class SearchFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SearchFailed(Throwable cause) {
            super("The search for pages with a panel failed", cause);
        }
    }
}
