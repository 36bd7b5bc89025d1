package org.activitylead.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.activitylead.core.panel.Status;
import org.activitylead.testing.OwnershipBuilder;
import org.junit.jupiter.api.Test;

class RecordUpdateTest {

    private static final String LIVE = RecordJson.write(OwnershipRecord.of(OwnershipBuilder.anActivity().status(Status.LIVE).build()));
    private static final String DRAFT = RecordJson.write(OwnershipRecord.of(OwnershipBuilder.anActivity().status(Status.DRAFT).build()));

    @Test
    void writesANewOrChangedRecordStampedWithThePageVersion() {
        RecordUpdate.Decision created = RecordUpdate.decide(Optional.empty(), Optional.of(LIVE), 4);
        RecordUpdate.Decision changed = RecordUpdate.decide(Optional.of(RecordUpdate.stamped(DRAFT, 3)), Optional.of(LIVE), 4);

        assertThat(created).isEqualTo(new RecordUpdate.Decision.Write(RecordUpdate.stamped(LIVE, 4)));
        assertThat(changed).isEqualTo(created);
        String written = ((RecordUpdate.Decision.Write) created).json();
        assertThat(RecordUpdate.pageVersion(written)).isEqualTo(4);
        assertThat(RecordJson.read(written)).isEqualTo(RecordJson.read(LIVE));
    }

    @Test
    void leavesAnUnchangedRecordAloneWhateverItsStamp() {
        assertThat(RecordUpdate.decide(Optional.of(RecordUpdate.stamped(LIVE, 2)), Optional.of(LIVE), 9)).isEqualTo(new RecordUpdate.Decision.Keep());
        assertThat(RecordUpdate.decide(Optional.of(LIVE), Optional.of(LIVE), 9)).isEqualTo(new RecordUpdate.Decision.Keep());
    }

    @Test
    void theJobsRecordOfAnOlderVersionNeverOverwritesTheOneASaveStoredMeanwhile() {
        // The job read version 4 (DRAFT); the author saved version 5 (LIVE) and its listener stored that; then the job writes.
        Optional<String> storedBySave = Optional.of(RecordUpdate.stamped(LIVE, 5));

        assertThat(RecordUpdate.decide(storedBySave, Optional.of(DRAFT), 4)).isEqualTo(new RecordUpdate.Decision.Keep());
        assertThat(RecordUpdate.decide(storedBySave, Optional.empty(), 4)).isEqualTo(new RecordUpdate.Decision.Keep());
        assertThat(RecordUpdate.decide(storedBySave, Optional.of(DRAFT), 5)).isInstanceOf(RecordUpdate.Decision.Write.class);
    }

    @Test
    void removesTheRecordOfAPageThatNoLongerHoldsAPanelAndOnlyThen() {
        assertThat(RecordUpdate.decide(Optional.of(LIVE), Optional.empty(), 3)).isEqualTo(new RecordUpdate.Decision.Remove());
        assertThat(RecordUpdate.decide(Optional.empty(), Optional.empty(), 3)).isEqualTo(new RecordUpdate.Decision.Keep());
    }

    @Test
    void aRecordWrittenBeforeStampsOrNotAnObjectCountsAsVersionZero() {
        assertThat(RecordUpdate.pageVersion(LIVE)).isZero();
        assertThat(RecordUpdate.pageVersion("not json")).isZero();
        assertThat(RecordUpdate.pageVersion("{\"pageVersion\":\"7\"}")).isZero();
        assertThat(RecordUpdate.decide(Optional.of("garbage"), Optional.of(LIVE), 1)).isInstanceOf(RecordUpdate.Decision.Write.class);
    }
}
