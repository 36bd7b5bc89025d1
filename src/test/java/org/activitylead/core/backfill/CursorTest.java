package org.activitylead.core.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void searchesFromTheLastRowDoneToCheckItIsStillThere() {
        assertThat(Cursor.START.searchFrom()).isZero();
        assertThat(new Cursor(25, 250).searchFrom()).isEqualTo(24);
    }

    @Test
    void movesPastEachPageDoneAndKeepsTheHighestId() {
        Cursor next = Cursor.START.after(0, 10).after(1, 20);

        assertThat(next).isEqualTo(new Cursor(2, 20));
        assertThat(next.skipping(1)).isEqualTo(next);
        assertThat(next.skipping(4)).isEqualTo(new Cursor(5, 20));
    }

    @Test
    void cannotPointBeforeTheStart() {
        assertThatThrownBy(() -> new Cursor(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cursor(0, -2)).isInstanceOf(IllegalArgumentException.class);
    }
}
