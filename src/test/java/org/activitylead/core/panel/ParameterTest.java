package org.activitylead.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterTest {

    @Test
    void readsAValueOnlyByItsExactStorageName() {
        Map<String, String> page = Map.of("activityLead", "alice", "Status", "LIVE", "pm ", "paul");

        assertThat(Parameter.ACTIVITY_LEAD.valueIn(page)).isEqualTo("alice");
        assertThat(Parameter.STATUS.valueIn(page)).isNull();
        assertThat(Parameter.PM.valueIn(page)).isNull();
    }

    @Test
    void takesABlankOrMissingValueForNone() {
        Map<String, String> page = new HashMap<>();
        page.put("owner", " \t");
        page.put("reviewers", null);

        assertThat(Parameter.OWNER.valueIn(page)).isNull();
        assertThat(Parameter.REVIEWERS.valueIn(page)).isNull();
    }

    @Test
    void hasOneStorageNameAndOneLabelKeyPerParameter() {
        assertThat(Arrays.stream(Parameter.values()).map(Parameter::storageName)).doesNotHaveDuplicates();
        assertThat(Parameter.REVIEW_BY.labelKey()).isEqualTo("activity-lead.row.reviewBy");
    }
}
