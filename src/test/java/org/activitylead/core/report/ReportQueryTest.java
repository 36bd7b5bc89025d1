package org.activitylead.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

    private static ReportRequest request(Map<String, String> raw) {
        return ReportParameters.parse(raw).request().orElseThrow();
    }

    @Test
    void findsEveryRecordedActivityOfTheCurrentSpaceByDefault() {
        assertThat(ReportQuery.cql(request(Map.of()), "ENG", Optional.empty())).isEqualTo(
                "type in (page, blogpost) and activityRecordVersion >= 1 and space = \"ENG\" order by title");
    }

    @Test
    void combinesEveryFilterTheRequestHolds() {
        ReportRequest request = request(Map.of("spaces", "ENG,OPS", "status", "IN REVIEW, LIVE", "person", "@me",
                "roles", "lead,reviewer", "label", "q4", "attention", "true", "sort", "review-by"));

        assertThat(ReportQuery.cql(request, "IGNORED", Optional.of("8a7f\"x"))).isEqualTo(
                "type in (page, blogpost) and activityRecordVersion >= 1 and space in (\"ENG\", \"OPS\")"
                        + " and activityStatus in (\"LIVE\", \"IN REVIEW\")"
                        + " and (activityLeadKey = \"8a7f\\\"x\" or activityReviewerKey = \"8a7f\\\"x\")"
                        + " and label = \"q4\""
                        + " and (activityAttention in (\"no-lead\", \"several-leads\", \"lead-unknown\", \"lead-deactivated\", \"no-pm\")"
                        + " or activityReviewBy < startOfDay(\"+15d\"))"
                        + " order by activityReviewBy, title");
    }

    @Test
    void searchesAllSpacesWithoutASpaceClauseAndSortsByWhatWasAsked() {
        assertThat(ReportQuery.cql(request(Map.of("spaces", "@all", "sort", "modified")), "ENG", Optional.empty())).isEqualTo(
                "type in (page, blogpost) and activityRecordVersion >= 1 order by lastmodified desc");
        assertThat(ReportQuery.cql(request(Map.of("spaces", "@all", "sort", "status")), "ENG", Optional.empty()))
                .endsWith(" order by activityStatus, title");
    }

    @Test
    void matchesAPersonInEveryRoleUnlessNarrowed() {
        assertThat(ReportQuery.cql(request(Map.of("person", "bob")), "ENG", Optional.of("k1"))).contains(
                "(activityLeadKey = \"k1\" or activityPmKey = \"k1\" or activityOwnerKey = \"k1\" or activityReviewerKey = \"k1\")");
    }

    @Test
    void needsThePersonLookedUpExactlyWhenTheRequestNamesOne() {
        assertThatThrownBy(() -> ReportQuery.cql(request(Map.of("person", "@me")), "ENG", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportQuery.cql(request(Map.of()), "ENG", Optional.of("k1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAHostileSpaceKeyOfThePageInsideOneLiteral() {
        assertThat(ReportQuery.cql(request(Map.of()), "X\" or space != \"Y", Optional.empty()))
                .contains("space = \"X\\\" or space != \\\"Y\"");
    }
}
