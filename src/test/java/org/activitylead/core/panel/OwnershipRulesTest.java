package org.activitylead.core.panel;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.activitylead.core.panel.Finding.Argument;
import org.activitylead.core.panel.Finding.Message;
import org.activitylead.core.people.Person;
import org.activitylead.testing.OwnershipBuilder;
import org.activitylead.testing.PersonBuilder;
import org.junit.jupiter.api.Test;

class OwnershipRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static final PersonBuilder ALICE = aPerson("alice");
    private static final PersonBuilder PAUL = aPerson("paul");
    private static final PersonBuilder OLGA = aPerson("olga");
    private static final PersonBuilder GONE = aPerson("gone").deactivated();
    private static final Person NOBODY = Person.unknown("nobody");

    private static Assessment assess(OwnershipBuilder activity) {
        return OwnershipRules.assess(activity.build(), TODAY);
    }

    private static List<String> keys(OwnershipBuilder activity) {
        return assess(activity).findings().stream().map(finding -> finding.message().key()).toList();
    }

    @Test
    void findsNothingWrongWithOneActiveLead() {
        assertThat(keys(anActivity().ledBy(ALICE))).isEmpty();
    }

    @Test
    void warnsWhenNoLeadIsNamedAndAsksAnyoneWhenThereIsNoContact() {
        assertThat(assess(anActivity()).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message().key()).isEqualTo("activity-lead.finding.lead-missing");
            assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(finding.ask()).contains(new Message("activity-lead.ask.anyone", List.of()));
        });
    }

    @Test
    void asksTheContactByNameToNameALead() {
        Person olga = OLGA.build();

        Finding finding = assess(anActivity().owner(olga)).findings().get(0);

        assertThat(finding.ask()).contains(new Message("activity-lead.ask.contact", List.of(Argument.person(olga))));
    }

    @Test
    void reportsSeveralLeadsAsAnErrorThatAsksNobody() {
        assertThat(assess(anActivity().ledBy(ALICE, PAUL)).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message().key()).isEqualTo("activity-lead.finding.lead-several");
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.ask()).isEmpty();
        });
    }

    @Test
    void warnsAboutADeactivatedLeadByNameAndAboutAnUnknownOne() {
        Person gone = GONE.build();

        assertThat(assess(anActivity().ledBy(gone)).findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .isEqualTo(new Message("activity-lead.finding.lead-deactivated", List.of(Argument.person(gone)))));
        assertThat(keys(anActivity().ledBy(NOBODY))).containsExactly("activity-lead.finding.lead-unknown");
    }

    @Test
    void asksTheOwnerFirstThenThePmButNeverSomeoneInactiveOrUnknown() {
        assertThat(assess(anActivity().owner(OLGA).pm(PAUL)).contact()).map(Person::username).contains("olga");
        assertThat(assess(anActivity().owner(GONE).pm(PAUL)).contact()).map(Person::username).contains("paul");
        assertThat(assess(anActivity().owner(NOBODY)).contact()).isEmpty();
    }

    @Test
    void wantsAPmOnCustomerFacingActivities() {
        assertThat(keys(anActivity().ledBy(ALICE).customerFacing())).containsExactly("activity-lead.finding.pm-missing");
        assertThat(keys(anActivity().ledBy(ALICE).customerFacing().pm(PAUL))).isEmpty();
        assertThat(keys(anActivity().ledBy(ALICE))).isEmpty();
    }

    @Test
    void letsThePmSupportInTheBackgroundWhenSomeoneElseLeadsACustomerFacingActivity() {
        assertThat(assess(anActivity().ledBy(ALICE).pm(PAUL).customerFacing()).pmSupportsInBackground()).isTrue();
        assertThat(assess(anActivity().ledBy(PAUL).pm(PAUL).customerFacing()).pmSupportsInBackground()).isFalse();
        assertThat(assess(anActivity().ledBy(ALICE).pm(PAUL)).pmSupportsInBackground()).isFalse();
        assertThat(assess(anActivity().pm(PAUL).customerFacing()).pmSupportsInBackground()).isFalse();
    }

    @Test
    void flagsAnOverdueReviewWithItsDate() {
        LocalDate yesterday = TODAY.minusDays(1);

        assertThat(assess(anActivity().ledBy(ALICE).reviewBy(yesterday)).findings()).singleElement().satisfies(finding ->
                assertThat(finding.message()).isEqualTo(new Message("activity-lead.finding.review-overdue", List.of(Argument.date(yesterday)))));
    }

    @Test
    void announcesAReviewDueWithinFourteenDays() {
        assertThat(keys(anActivity().ledBy(ALICE).reviewBy(TODAY))).containsExactly("activity-lead.finding.review-due");
        assertThat(keys(anActivity().ledBy(ALICE).reviewBy(TODAY.plusDays(14)))).containsExactly("activity-lead.finding.review-due");
        assertThat(keys(anActivity().ledBy(ALICE).reviewBy(TODAY.plusDays(15)))).isEmpty();
    }

    @Test
    void turnsEveryParameterProblemIntoAnErrorNamingTheParameter() {
        List<Finding> findings = assess(anActivity().ledBy(ALICE)
                .problem(new ParameterProblem(Parameter.STATUS, ParameterProblem.Kind.UNKNOWN_STATUS))
                .problem(new ParameterProblem(Parameter.REVIEW_BY, ParameterProblem.Kind.NOT_A_DATE))).findings();

        assertThat(findings).extracting(Finding::message).containsExactly(
                new Message("activity-lead.problem.unknown-status", List.of(Argument.label(Parameter.STATUS))),
                new Message("activity-lead.problem.not-a-date", List.of(Argument.label(Parameter.REVIEW_BY))));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR));
    }

    @Test
    void saysHowManyReviewersArePermitted() {
        Finding finding = assess(anActivity().ledBy(ALICE)
                .problem(new ParameterProblem(Parameter.REVIEWERS, ParameterProblem.Kind.TOO_MANY_REVIEWERS))).findings().get(0);

        assertThat(finding.message().arguments()).containsExactly(Argument.label(Parameter.REVIEWERS), Argument.count(Ownership.MAX_REVIEWERS));
    }

    @Test
    void listsProblemsFirstThenTheLeadThenThePmThenTheReview() {
        assertThat(keys(anActivity().customerFacing().reviewBy(TODAY)
                .problem(new ParameterProblem(Parameter.STATUS, ParameterProblem.Kind.UNKNOWN_STATUS)))).containsExactly(
                "activity-lead.problem.unknown-status", "activity-lead.finding.lead-missing", "activity-lead.finding.pm-missing",
                "activity-lead.finding.review-due");
    }

    @Test
    void namesWhatNeedsAttentionWithTheSameRulesAsTheWarnings() {
        assertThat(OwnershipRules.attention(anActivity().ledBy(ALICE).build(), TODAY)).isEmpty();
        assertThat(OwnershipRules.attention(anActivity().build(), TODAY)).containsExactly(Attention.NO_LEAD);
        assertThat(OwnershipRules.attention(anActivity().ledBy(ALICE, PAUL).build(), TODAY)).containsExactly(Attention.SEVERAL_LEADS);
        assertThat(OwnershipRules.attention(anActivity().ledBy(NOBODY).build(), TODAY)).containsExactly(Attention.LEAD_UNKNOWN);
        assertThat(OwnershipRules.attention(anActivity().ledBy(GONE).customerFacing().reviewBy(TODAY.minusDays(1)).build(), TODAY))
                .containsExactly(Attention.LEAD_DEACTIVATED, Attention.NO_PM, Attention.REVIEW_OVERDUE);
    }

    @Test
    void judgesAReviewDateOnTheDayItIsRead() {
        assertThat(OwnershipRules.reviewAttention(TODAY.minusDays(1), TODAY)).contains(Attention.REVIEW_OVERDUE);
        assertThat(OwnershipRules.reviewAttention(TODAY, TODAY)).contains(Attention.REVIEW_DUE);
        assertThat(OwnershipRules.reviewAttention(TODAY.plusDays(OwnershipRules.REVIEW_NOTICE_DAYS), TODAY)).contains(Attention.REVIEW_DUE);
        assertThat(OwnershipRules.reviewAttention(TODAY.plusDays(OwnershipRules.REVIEW_NOTICE_DAYS + 1), TODAY)).isEmpty();
    }
}
