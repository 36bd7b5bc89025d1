package org.activitylead.core.record;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.activitylead.core.panel.Attention;
import org.activitylead.core.panel.Status;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class PageRecordingTest {

    private final FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"), aPerson("paul"));

    @Test
    void recordsTheFirstPanelWithThePanelsOwnRules() {
        String json = PageRecording.of(List.of(
                Map.of("status", "at risk", "activityLead", "alice", "pm", "paul", "customerFacing", "true"),
                Map.of("activityLead", "paul")), directory).orElseThrow();

        OwnershipRecord record = RecordJson.read(json).orElseThrow();
        assertThat(record.status()).contains(Status.AT_RISK);
        assertThat(record.lead()).contains(new RecordedUser("key-alice", "alice"));
        assertThat(record.pm()).contains(new RecordedUser("key-paul", "paul"));
        assertThat(record.attention()).isEmpty();
    }

    @Test
    void recordsWhatNeedsAttentionAndNothingForAPageWithoutAPanel() {
        OwnershipRecord record = RecordJson.read(PageRecording.of(List.of(Map.of("activityLead", "ghost")), directory).orElseThrow())
                .orElseThrow();

        assertThat(record.leads()).isEmpty();
        assertThat(record.attention()).containsExactly(Attention.LEAD_UNKNOWN);
        assertThat(PageRecording.of(List.of(), directory)).isEmpty();
    }
}
