package org.activitylead.core.backfill;

/**
 * Where the job is in the search for pages with a panel, ordered by content id. CQL orders by id but cannot ask for
 * ids above a value (its id field takes only = and in), so the cursor keeps both the offset reached and the last id
 * done: the next search starts one row early and skips every id already done. When pages before the cursor were
 * deleted, that row's id is above the last one done, and the search backs up until it is not (or reaches the
 * start), so no page is skipped; pages created meanwhile have higher ids and come last.
 *
 * @param offset how many rows of the ordered search are behind the cursor
 * @param lastId the highest content id done, or -1 before the first
 */
public record Cursor(int offset, long lastId) {

    public static final Cursor START = new Cursor(0, -1);

    public Cursor {
        if (offset < 0 || lastId < -1) {
            throw new IllegalArgumentException("A cursor cannot point before the start");
        }
    }

    /** The row to search from: the last row done, to check that it is still there. */
    int searchFrom() {
        return Math.max(0, offset - 1);
    }

    /** After doing the page at row {@code row} of the search, whose id is {@code id}. */
    Cursor after(int row, long id) {
        return new Cursor(row + 1, Math.max(id, lastId));
    }

    /** Past a row that needed nothing (an id already done). */
    Cursor skipping(int row) {
        return new Cursor(Math.max(offset, row + 1), lastId);
    }
}
