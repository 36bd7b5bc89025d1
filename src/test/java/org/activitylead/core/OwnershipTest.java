package org.activitylead.core;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class OwnershipTest {

    @Test
    void looksUpEachDistinctUserOnceWhateverTheNumberOfRows() {
        FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"), aPerson("olga"), aPerson("rita"));

        Ownership.resolve(OwnershipParameters.parse(Map.of(
                "activityLead", "alice", "pm", "alice", "owner", "olga", "reviewers", "alice,olga,rita,rita")), directory);

        assertThat(directory.lookups()).containsExactly(new UserRef("alice"), new UserRef("olga"), new UserRef("rita"));
    }

    @Test
    void countsAKeyAndAUsernameOfTheSameUserAsOneReviewer() {
        FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("rita").key("8a7f001"));

        Ownership ownership = Ownership.resolve(OwnershipParameters.parse(Map.of("reviewers", "rita,8a7f001")), directory);

        assertThat(ownership.reviewers()).hasSize(1);
    }

    @Test
    void countsAKeyAndAUsernameOfTheSameUserAsOneLead() {
        FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice").key("8a7f002"));

        Ownership ownership = Ownership.resolve(OwnershipParameters.parse(Map.of("activityLead", "alice,8a7f002")), directory);

        assertThat(ownership.lead()).isPresent();
    }

    @Test
    void keepsUnknownUsersAsUnknownMembers() {
        Ownership ownership = Ownership.resolve(OwnershipParameters.parse(Map.of("activityLead", "JIRAUSER99999")), new FakeUserDirectory());

        assertThat(ownership.lead()).hasValueSatisfying(lead -> {
            assertThat(lead.known()).isFalse();
            assertThat(lead.active()).isFalse();
        });
    }

    @Test
    void namesNoLeadWhenThePageNamesSeveral() {
        FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"), aPerson("bob"));

        Ownership ownership = Ownership.resolve(OwnershipParameters.parse(Map.of("activityLead", "alice,bob")), directory);

        assertThat(ownership.leads()).hasSize(2);
        assertThat(ownership.lead()).isEmpty();
    }
}
