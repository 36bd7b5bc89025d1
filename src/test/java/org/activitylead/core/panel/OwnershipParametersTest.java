package org.activitylead.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.activitylead.core.panel.ParameterProblem.Kind;
import org.junit.jupiter.api.Test;
import org.activitylead.core.people.UserRef;

class OwnershipParametersTest {

    @Test
    void readsEveryParameter() {
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of(
                "status", "LIVE", "activityLead", "alice", "pm", "paul", "owner", "olga",
                "reviewers", "rita, rob", "customerFacing", "true", "reviewBy", "2026-12-31"));

        assertThat(parsed.status()).contains(Status.LIVE);
        assertThat(parsed.leads()).containsExactly(new UserRef("alice"));
        assertThat(parsed.pm()).contains(new UserRef("paul"));
        assertThat(parsed.owner()).contains(new UserRef("olga"));
        assertThat(parsed.reviewers()).containsExactly(new UserRef("rita"), new UserRef("rob"));
        assertThat(parsed.customerFacing()).isTrue();
        assertThat(parsed.reviewBy()).contains(LocalDate.of(2026, 12, 31));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void defaultsToDraftWithNothingElseSet() {
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of());

        assertThat(parsed.status()).contains(Status.DRAFT);
        assertThat(parsed.leads()).isEmpty();
        assertThat(parsed.pm()).isEmpty();
        assertThat(parsed.reviewers()).isEmpty();
        assertThat(parsed.customerFacing()).isFalse();
        assertThat(parsed.reviewBy()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void treatsANullMapAndBlankValuesAsAbsent() {
        assertThat(OwnershipParameters.parse(null).status()).contains(Status.DRAFT);
        OwnershipParameters blank = OwnershipParameters.parse(Map.of("status", " ", "activityLead", "", "reviewBy", "\t"));
        assertThat(blank.status()).contains(Status.DRAFT);
        assertThat(blank.leads()).isEmpty();
        assertThat(blank.problems()).isEmpty();
    }

    @Test
    void ignoresNamesOutsideTheClosedList() {
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of(
                "_template", "../web.xml", "Status", "LIVE", "colour", "red", "ACTIVITYLEAD", "mallory"));

        assertThat(parsed.status()).contains(Status.DRAFT);
        assertThat(parsed.leads()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void reportsAnUnknownStatusAndShowsNone() {
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of("status", "\"><img src=x onerror=alert(1)>"));

        assertThat(parsed.status()).isEmpty();
        assertThat(parsed.problems()).containsExactly(new ParameterProblem(Parameter.STATUS, Kind.UNKNOWN_STATUS));
    }

    @Test
    void rejectsOversizedValuesBeforeParsingThem() {
        String huge = "a,".repeat(Parameter.MAX_LENGTH);
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of("status", huge, "reviewers", huge));

        assertThat(parsed.status()).isEmpty();
        assertThat(parsed.reviewers()).isEmpty();
        assertThat(parsed.problems()).containsExactlyInAnyOrder(
                new ParameterProblem(Parameter.STATUS, Kind.TOO_LONG), new ParameterProblem(Parameter.REVIEWERS, Kind.TOO_LONG));
    }

    @Test
    void keepsSeveralLeadsSoTheRulesCanReportThem() {
        assertThat(OwnershipParameters.parse(Map.of("activityLead", "alice,bob")).leads())
                .containsExactly(new UserRef("alice"), new UserRef("bob"));
    }

    @Test
    void dropsEmptyEntriesOfAUserListAndLeavesRepeatsToResolution() {
        assertThat(OwnershipParameters.parse(Map.of("reviewers", "rita,,rita , rob,")).reviewers())
                .containsExactly(new UserRef("rita"), new UserRef("rita"), new UserRef("rob"));
    }

    @Test
    void rejectsSeveralUsersWhereOneIsExpected() {
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of("pm", "paul,peter", "owner", "olga,oscar"));

        assertThat(parsed.pm()).isEmpty();
        assertThat(parsed.owner()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                new ParameterProblem(Parameter.PM, Kind.SEVERAL_USERS), new ParameterProblem(Parameter.OWNER, Kind.SEVERAL_USERS));
    }

    @Test
    void rejectsUserNamesWithControlCharactersOrTooLong() {
        Map<String, String> raw = new HashMap<>();
        raw.put("activityLead", "ali\u0000ce");
        raw.put("owner", "o".repeat(UserRef.MAX_LENGTH + 1));
        OwnershipParameters parsed = OwnershipParameters.parse(raw);

        assertThat(parsed.leads()).isEmpty();
        assertThat(parsed.owner()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                new ParameterProblem(Parameter.ACTIVITY_LEAD, Kind.INVALID_USER), new ParameterProblem(Parameter.OWNER, Kind.INVALID_USER));
    }

    @Test
    void keepsEveryReviewerReferenceInPageOrderForResolution() {
        String reviewers = IntStream.rangeClosed(1, 25).mapToObj(i -> "r" + i).collect(Collectors.joining(","));
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of("reviewers", reviewers + ",r1,r2"));

        assertThat(parsed.reviewers()).hasSize(27).startsWith(new UserRef("r1")).endsWith(new UserRef("r1"), new UserRef("r2"));
        assertThat(parsed.problems()).as("how many people that is, only the host can tell").isEmpty();
    }

    @Test
    void acceptsExactlyTwentyReviewers() {
        String reviewers = IntStream.rangeClosed(1, 20).mapToObj(i -> "r" + i).collect(Collectors.joining(","));
        OwnershipParameters parsed = OwnershipParameters.parse(Map.of("reviewers", reviewers));

        assertThat(parsed.reviewers()).hasSize(20);
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void readsTheCustomerFacingFlagStrictly() {
        assertThat(OwnershipParameters.parse(Map.of("customerFacing", "TRUE")).customerFacing()).isTrue();
        assertThat(OwnershipParameters.parse(Map.of("customerFacing", "false")).customerFacing()).isFalse();
        OwnershipParameters yes = OwnershipParameters.parse(Map.of("customerFacing", "yes"));
        assertThat(yes.customerFacing()).isFalse();
        assertThat(yes.problems()).containsExactly(new ParameterProblem(Parameter.CUSTOMER_FACING, Kind.NOT_A_BOOLEAN));
    }

    @Test
    void rejectsDatesThatAreNotStrictIsoDays() {
        for (String bad : List.of("2026-02-30", "31.12.2026", "2026-1-5", "${7*7}", "2026-12-31T00:00")) {
            OwnershipParameters parsed = OwnershipParameters.parse(Map.of("reviewBy", bad));
            assertThat(parsed.reviewBy()).as(bad).isEmpty();
            assertThat(parsed.problems()).as(bad).containsExactly(new ParameterProblem(Parameter.REVIEW_BY, Kind.NOT_A_DATE));
        }
    }

    @Test
    void acceptsTheSameReferenceTwiceAsOnePmButTwoDifferentOnesAsSeveral() {
        assertThat(OwnershipParameters.parse(Map.of("pm", "alice, alice")).pm()).isEqualTo(Optional.of(new UserRef("alice")));
        assertThat(OwnershipParameters.parse(Map.of("pm", "alice,bob")).problems())
                .containsExactly(new ParameterProblem(Parameter.PM, Kind.SEVERAL_USERS));
    }
}
