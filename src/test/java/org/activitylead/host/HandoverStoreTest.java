package org.activitylead.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.testing.FakePluginSettings;
import org.junit.jupiter.api.Test;

class HandoverStoreTest {

    private final FakePluginSettings settings = new FakePluginSettings();
    private final HandoverStore ledger = new HandoverStore(settings, settings);

    @Test
    void keepsTheProgressAndReadsNothingStoredAsNeverStarted() {
        assertThat(ledger.progress()).isEqualTo(HandoverProgress.notStarted());
        HandoverProgress started = HandoverProgress.started(new HandoverRequest("key-alice", Set.of(Role.LEAD), "key-bob"), HandoverMode.DRY_RUN,
                "key-admin", 3, Instant.parse("2026-12-03T10:00:00Z"));

        ledger.save(started);

        assertThat(ledger.progress()).isEqualTo(started);
        assertThat(settings.get(HandoverStore.PROGRESS_KEY)).isInstanceOf(String.class);
    }

    @Test
    void keepsTheEndLastWrittenToTheAuditLogBesideTheProgress() {
        assertThat(ledger.audited()).isEmpty();
        HandoverProgress end = HandoverProgress.started(new HandoverRequest("key-alice", Set.of(Role.LEAD), "key-bob"), HandoverMode.REASSIGN,
                "key-admin", 3, Instant.parse("2026-12-03T10:00:00Z")).stopped(Instant.parse("2026-12-03T10:01:00Z"));

        ledger.saveAudited(end);

        assertThat(ledger.audited()).contains(end);
        assertThat(ledger.progress()).isEqualTo(HandoverProgress.notStarted());
    }

    @Test
    void keepsThePagesInBatchesOfTwentyFiveAndANewJobReplacesTheOldOnesWholly() {
        ledger.savePages(LongStream.rangeClosed(1, 60).boxed().toList());
        ledger.saveResults(2, List.of(PageResult.left(51L, "Old", PageOutcome.GONE)));

        assertThat(ledger.pages(0)).hasSize(25).startsWith(1L);
        assertThat(ledger.pages(2)).containsExactly(51L, 52L, 53L, 54L, 55L, 56L, 57L, 58L, 59L, 60L);
        assertThat(ledger.pages(3)).isEmpty();

        ledger.savePages(List.of(7L, 8L));

        assertThat(ledger.pages(0)).containsExactly(7L, 8L);
        assertThat(ledger.pages(2)).isEmpty();
        assertThat(ledger.results(2)).isEmpty();
    }

    @Test
    void keepsEachBatchsResultsAndReadsThemAllInOrder() {
        ledger.saveResults(0, List.of(PageResult.changed(1L, "A", Set.of(Role.LEAD))));
        ledger.saveResults(1, List.of(PageResult.left(26L, "B", PageOutcome.NOT_EDITABLE)));
        ledger.saveResults(1, List.of(PageResult.left(26L, "B", PageOutcome.NO_LONGER_NAMED)));

        assertThat(ledger.allResults(2)).extracting(PageResult::outcome).containsExactly(PageOutcome.CHANGED, PageOutcome.NO_LONGER_NAMED);
    }

    @Test
    void losesOnlyADamagedPageIdNeverItsBatch() {
        settings.put(HandoverStore.PAGES_KEY + 0, "1,x,3");

        assertThat(ledger.pages(0)).containsExactly(1L, 3L);
    }

    @Test
    void keepsAStopRequestApartFromTheProgress() {
        ledger.requestStop();
        assertThat(ledger.stopRequested()).isTrue();
        ledger.clearStop();
        assertThat(ledger.stopRequested()).isFalse();
    }
}
