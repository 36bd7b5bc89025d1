package org.activitylead.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ReportProblem.Kind;
import org.activitylead.core.report.ReportRequest.Layout;
import org.activitylead.core.report.ReportRequest.PersonFilter;
import org.activitylead.core.panel.Role;
import org.activitylead.core.report.ReportRequest.Scope;
import org.activitylead.core.report.ReportRequest.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportParametersTest {

    private static ReportRequest request(Map<String, String> raw) {
        ReportParameters.Parsed parsed = ReportParameters.parse(raw);
        assertThat(parsed.problems()).as("problems").isEmpty();
        return parsed.request().orElseThrow();
    }

    private static List<ReportProblem> problems(String name, String value) {
        ReportParameters.Parsed parsed = ReportParameters.parse(Map.of(name, value));
        assertThat(parsed.request()).as("a request despite a problem").isEmpty();
        return parsed.problems();
    }

    @Test
    void asksForEverythingInTheCurrentSpaceByDefault() {
        ReportRequest request = request(Map.of());

        assertThat(request.scope()).isEqualTo(new Scope.CurrentSpace());
        assertThat(request.statuses()).isEmpty();
        assertThat(request.person()).isEmpty();
        assertThat(request.roles()).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(request.label()).isEmpty();
        assertThat(request.attentionOnly()).isFalse();
        assertThat(request.sort()).isEqualTo(Sort.TITLE);
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.layout()).isEqualTo(Layout.TABLE);
        assertThat(ReportParameters.parse(null).request()).contains(request);
    }

    @Test
    void readsEveryParameterAsTheMacroBrowserWritesIt() {
        Map<String, String> raw = new HashMap<>();
        raw.put("spaces", "ENG, ~alice.smith , OPS,ENG");
        raw.put("status", "IN REVIEW,at_risk");
        raw.put("person", "@me");
        raw.put("roles", "lead, pm");
        raw.put("label", "Q4-Launch");
        raw.put("attention", "TRUE");
        raw.put("sort", "review-by");
        raw.put("limit", "500");
        raw.put("layout", "people");
        raw.put("unknown", "ignored");

        ReportRequest request = request(raw);

        assertThat(request.scope()).isEqualTo(new Scope.Spaces(List.of("ENG", "~alice.smith", "OPS")));
        assertThat(request.statuses()).containsExactlyInAnyOrder(Status.IN_REVIEW, Status.AT_RISK);
        assertThat(request.person()).contains(new PersonFilter.Viewer());
        assertThat(request.roles()).containsExactlyInAnyOrder(Role.LEAD, Role.PM);
        assertThat(request.label()).contains("q4-launch");
        assertThat(request.attentionOnly()).isTrue();
        assertThat(request.sort()).isEqualTo(Sort.REVIEW_BY);
        assertThat(request.limit()).isEqualTo(500);
        assertThat(request.layout()).isEqualTo(Layout.PEOPLE);
    }

    @Test
    void takesAllSpacesAndANamedPerson() {
        ReportRequest request = request(Map.of("spaces", "@all", "person", " bob "));

        assertThat(request.scope()).isEqualTo(new Scope.AllSpaces());
        assertThat(request.person()).isEqualTo(Optional.of(new PersonFilter.Named(new UserRef("bob"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "spaces | ENG OPS | NOT_A_SPACE_KEY",
            "spaces | \"ENG\" or type = page | NOT_A_SPACE_KEY",
            "spaces | ENG) or (space = X | NOT_A_SPACE_KEY",
            "spaces | ~ | NOT_A_SPACE_KEY",
            "spaces | \u0415NG | NOT_A_SPACE_KEY",
            "status | SHIPPED | UNKNOWN_STATUS",
            "status | LIVE\" or status = \"DRAFT | UNKNOWN_STATUS",
            "person | ali\u0000ce | INVALID_USER",
            "roles | lead, boss | UNKNOWN_ROLE",
            "label | two words | NOT_A_LABEL",
            "label | a\"b | NOT_A_LABEL",
            "label | x) or (y | NOT_A_LABEL",
            "label | a\\b | NOT_A_LABEL",
            "attention | yes | NOT_A_BOOLEAN",
            "limit | 0 | NOT_A_LIMIT",
            "limit | 501 | NOT_A_LIMIT",
            "limit | -5 | NOT_A_LIMIT",
            "limit | 1e2 | NOT_A_LIMIT",
            "limit | \u0661\u0662 | NOT_A_LIMIT",
            "sort | random | UNKNOWN_SORT",
            "layout | pie | UNKNOWN_LAYOUT"})
    void refusesABadValueAndRunsNoReport(String name, String value, Kind kind) {
        assertThat(problems(name, value)).containsExactly(new ReportProblem(ReportParameter.valueOf(name.toUpperCase()), kind));
    }

    @Test
    void refusesMoreThanTwentySpacesAndValuesLongerThanTheCap() {
        String spaces = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "S" + i).toList());

        assertThat(problems("spaces", spaces)).containsExactly(new ReportProblem(ReportParameter.SPACES, Kind.TOO_MANY_SPACES));
        assertThat(problems("label", "x".repeat(ReportParameter.MAX_LENGTH + 1)))
                .containsExactly(new ReportProblem(ReportParameter.LABEL, Kind.TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ",", " , "})
    void takesBlankListsForTheirDefault(String value) {
        ReportRequest request = request(Map.of("spaces", value, "status", value, "roles", value));

        assertThat(request.scope()).isEqualTo(new Scope.CurrentSpace());
        assertThat(request.statuses()).isEmpty();
        assertThat(request.roles()).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void listsEveryProblemInParameterOrder() {
        assertThat(ReportParameters.parse(Map.of("layout", "pie", "spaces", "a b", "limit", "0")).problems())
                .extracting(ReportProblem::parameter)
                .containsExactly(ReportParameter.SPACES, ReportParameter.LIMIT, ReportParameter.LAYOUT);
    }
}
