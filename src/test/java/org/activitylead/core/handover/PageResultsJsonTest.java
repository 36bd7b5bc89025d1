package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.junit.jupiter.api.Test;

class PageResultsJsonTest {

    @Test
    void readsBackABatchOfResults() {
        List<PageResult> batch = List.of(PageResult.changed(7L, "Launch \"plan\" <b>\u00e9</b>", Set.of(Role.REVIEWER, Role.LEAD)),
                PageResult.left(8L, "", PageOutcome.GONE));

        assertThat(PageResultsJson.read(PageResultsJson.write(batch))).isEqualTo(batch);
        assertThat(PageResultsJson.read(PageResultsJson.write(List.of()))).isEmpty();
    }

    @Test
    void keepsTitlesShortEnoughForAnyHostsSettings() {
        String title = "\u00e9".repeat(300);

        PageResult read = PageResultsJson.read(PageResultsJson.write(List.of(PageResult.left(1L, title, PageOutcome.NOT_EDITABLE)))).get(0);

        assertThat(read.title()).hasSize(PageResultsJson.TITLE_LENGTH).endsWith("\u2026");
        // 25 results of the longest titles, every character escaped, stay far below the strict reader's limit.
        String full = PageResultsJson.write(java.util.Collections.nCopies(HandoverRun.BATCH, PageResult.left(1L, title, PageOutcome.GONE)));
        assertThat(PageResultsJson.read(full)).hasSize(HandoverRun.BATCH);
    }

    @Test
    void readsADamagedBatchAsNoneNeverAsPartOfOne() {
        String json = PageResultsJson.write(List.of(PageResult.changed(7L, "A", Set.of(Role.LEAD)), PageResult.left(8L, "B", PageOutcome.GONE)));
        for (String damaged : List.of("", "{}", json.replace("GONE", "ERASED"), json.replace("\"LEAD\"", "\"KING\""),
                json.replace("\"roles\":[\"LEAD\"]", "\"roles\":[]"), json.replace("7", "\"7\""))) {
            assertThat(PageResultsJson.read(damaged)).as(damaged).isEmpty();
        }
    }

    @Test
    void readsBackAnIssuesKeyAndTheHostsReasonKeptShort() {
        PageResult refused = PageResult.refusedIssue(10001L, "ABC-7", "Launch", "r".repeat(500));
        List<PageResult> batch = List.of(PageResult.changedIssue(10002L, "ABC-8", "Plan", Set.of(Role.LEAD)), refused);

        List<PageResult> read = PageResultsJson.read(PageResultsJson.write(batch));

        assertThat(read.get(0)).isEqualTo(batch.get(0));
        assertThat(read.get(1).key()).isEqualTo("ABC-7");
        assertThat(read.get(1).reason()).hasSize(PageResultsJson.REASON_LENGTH).startsWith("rrr");
    }

    @Test
    void readsResultsStoredBeforeKeysAndReasonsAsPages() {
        String stored = "{\"results\":[{\"id\":7,\"title\":\"Plan\",\"outcome\":\"GONE\",\"roles\":[]}]}";

        assertThat(PageResultsJson.read(stored)).containsExactly(PageResult.left(7L, "Plan", PageOutcome.GONE));
    }
}
