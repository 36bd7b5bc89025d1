package org.activitylead.core;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

/**
 * Bar B9: the page decides how many users a render looks up only within fixed caps. The Activity Lead parameter once
 * had none, so a page naming hundreds of leads cost hundreds of lookups on every view to show "several leads".
 */
class LeadLookupCapTest {

    private static final String SEVERAL = "activity-lead.finding.lead-several";

    private final FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"), aPerson("paula"));

    @Test
    void aPageNamingHundredsOfActivityLeadsLooksUpOnlyThree() {
        String leads = IntStream.range(0, 500).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        List<Finding> findings = check(Map.of("activityLead", leads));

        assertThat(directory.lookups()).hasSize(OwnershipParameters.MAX_LEAD_REFERENCES);
        assertThat(findings).extracting(Finding::messageKey).containsExactly(SEVERAL);
    }

    @Test
    void aLeadNamedByKeyAndByUsernameIsStillOneLead() {
        Ownership ownership = resolve(Map.of("activityLead", "alice,key-alice"));

        assertThat(ownership.lead()).map(lead -> lead.person().orElseThrow().username()).contains("alice");
    }

    /** The cap keeps the decision: two of three references may be one user, the third is always someone else. */
    @Test
    void threeReferencesOfWhichTwoNameOneUserAreStillSeveralLeads() {
        List<Finding> findings = check(Map.of("activityLead", "alice,key-alice,paula,ghost"));

        assertThat(findings).extracting(Finding::messageKey).containsExactly(SEVERAL);
        assertThat(directory.lookups()).extracting(UserRef::value).containsExactly("alice", "key-alice", "paula");
    }

    private Ownership resolve(Map<String, String> parameters) {
        return Ownership.resolve(OwnershipParameters.parse(parameters), directory);
    }

    private List<Finding> check(Map<String, String> parameters) {
        return OwnershipRules.check(resolve(parameters), LocalDate.of(2026, 3, 2));
    }
}
