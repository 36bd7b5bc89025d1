package org.activitylead.core;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.Test;

class OwnershipRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final FakeUserDirectory directory = new FakeUserDirectory().with(
            aPerson("alice"), aPerson("paul"), aPerson("olga"), aPerson("gone").deactivated());

    private Ownership ownership(Map<String, String> parameters) {
        return Ownership.resolve(OwnershipParameters.parse(parameters), directory);
    }

    private List<String> keys(Map<String, String> parameters) {
        return OwnershipRules.check(ownership(parameters), TODAY).stream().map(Finding::messageKey).toList();
    }

    @Test
    void findsNothingWrongWithOneActiveLead() {
        assertThat(keys(Map.of("activityLead", "alice"))).isEmpty();
    }

    @Test
    void warnsWhenNoLeadIsNamedAndAsksForAContact() {
        List<Finding> findings = OwnershipRules.check(ownership(Map.of()), TODAY);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("activity-lead.finding.lead-missing");
            assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(finding.askContact()).isTrue();
        });
    }

    @Test
    void reportsSeveralLeadsAsAnError() {
        List<Finding> findings = OwnershipRules.check(ownership(Map.of("activityLead", "alice,paul")), TODAY);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("activity-lead.finding.lead-several");
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        });
    }

    @Test
    void warnsAboutADeactivatedOrUnknownLead() {
        assertThat(keys(Map.of("activityLead", "gone"))).containsExactly("activity-lead.finding.lead-deactivated");
        assertThat(keys(Map.of("activityLead", "nobody"))).containsExactly("activity-lead.finding.lead-unknown");
    }

    @Test
    void asksTheOwnerFirstThenThePmButNeverSomeoneInactive() {
        assertThat(OwnershipRules.contact(ownership(Map.of("owner", "olga", "pm", "paul")))).map(m -> m.ref().value()).contains("olga");
        assertThat(OwnershipRules.contact(ownership(Map.of("owner", "gone", "pm", "paul")))).map(m -> m.ref().value()).contains("paul");
        assertThat(OwnershipRules.contact(ownership(Map.of("owner", "nobody")))).isEmpty();
    }

    @Test
    void wantsAPmOnCustomerFacingActivities() {
        assertThat(keys(Map.of("activityLead", "alice", "customerFacing", "true"))).containsExactly("activity-lead.finding.pm-missing");
        assertThat(keys(Map.of("activityLead", "alice", "customerFacing", "true", "pm", "paul"))).isEmpty();
        assertThat(keys(Map.of("activityLead", "alice", "customerFacing", "false"))).isEmpty();
    }

    @Test
    void letsThePmSupportInTheBackgroundWhenSomeoneElseLeads() {
        assertThat(OwnershipRules.pmSupportsInBackground(ownership(Map.of("activityLead", "alice", "pm", "paul", "customerFacing", "true")))).isTrue();
        assertThat(OwnershipRules.pmSupportsInBackground(ownership(Map.of("activityLead", "paul", "pm", "paul", "customerFacing", "true")))).isFalse();
        assertThat(OwnershipRules.pmSupportsInBackground(ownership(Map.of("activityLead", "alice", "pm", "paul")))).isFalse();
        assertThat(OwnershipRules.pmSupportsInBackground(ownership(Map.of("pm", "paul", "customerFacing", "true")))).isFalse();
    }

    @Test
    void flagsAnOverdueReview() {
        List<Finding> findings = OwnershipRules.check(ownership(Map.of("activityLead", "alice", "reviewBy", "2026-11-21")), TODAY);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("activity-lead.finding.review-overdue");
            assertThat(finding.arguments()).containsExactly(LocalDate.of(2026, 11, 21));
        });
    }

    @Test
    void announcesAReviewDueWithinFourteenDays() {
        assertThat(keys(Map.of("activityLead", "alice", "reviewBy", "2026-11-22"))).containsExactly("activity-lead.finding.review-due");
        assertThat(keys(Map.of("activityLead", "alice", "reviewBy", "2026-12-06"))).containsExactly("activity-lead.finding.review-due");
        assertThat(keys(Map.of("activityLead", "alice", "reviewBy", "2026-12-07"))).isEmpty();
    }

    @Test
    void turnsEveryParameterProblemIntoAnError() {
        List<Finding> findings = OwnershipRules.check(ownership(Map.of("activityLead", "alice", "status", "nope", "reviewBy", "soon")), TODAY);

        assertThat(findings).extracting(Finding::messageKey)
                .containsExactly("activity-lead.problem.unknown-status", "activity-lead.problem.not-a-date");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR));
        assertThat(findings.get(0).arguments()).containsExactly(Parameter.STATUS);
    }
}
