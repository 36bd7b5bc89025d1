package org.activitylead.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttentionTest {

    @Test
    void isRecordedAndSearchedByAStableLowerCaseValue() {
        assertThat(Attention.NO_LEAD.value()).isEqualTo("no-lead");
        assertThat(Attention.LEAD_DEACTIVATED.value()).isEqualTo("lead-deactivated");
        assertThat(Arrays.stream(Attention.values()).map(Attention::value)).doesNotHaveDuplicates()
                .allMatch(value -> value.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void leavesReviewDatesToTheDayTheyAreRead() {
        assertThat(Arrays.stream(Attention.values()).filter(attention -> !attention.ofThePage()))
                .containsExactly(Attention.REVIEW_OVERDUE, Attention.REVIEW_DUE);
    }
}
