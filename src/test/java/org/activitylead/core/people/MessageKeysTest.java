package org.activitylead.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageKeysTest {

    private enum Sample { IN_REVIEW }

    @Test
    void namesAConstantInLowerCaseWithDashes() {
        assertThat(MessageKeys.of("activity-lead.status.", Sample.IN_REVIEW)).isEqualTo("activity-lead.status.in-review");
    }
}
