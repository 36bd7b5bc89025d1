package org.activitylead.core.panel;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.PersonBuilder;
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
    void keepsUnknownUsersAsUnknownPeople() {
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

    /** The page decides how many users a render looks up only within fixed caps: hundreds of leads cost two lookups. */
    @Test
    void aPageNamingHundredsOfActivityLeadsLooksUpOnlyTheTwoThatMakeThemSeveral() {
        FakeUserDirectory directory = new FakeUserDirectory();
        String leads = IntStream.range(0, 500).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        Ownership ownership = resolve(Map.of("activityLead", leads), directory);

        assertThat(ownership.leads()).hasSize(2);
        assertThat(directory.lookups()).extracting(UserRef::value).containsExactly("u0", "u1");
    }

    /** Two of three references may be one user; the third is always someone else. */
    @Test
    void threeReferencesOfWhichTwoNameOneUserAreStillSeveralLeads() {
        FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"), aPerson("paula"));

        Ownership ownership = resolve(Map.of("activityLead", "alice,key-alice,paula,ghost"), directory);

        assertThat(ownership.lead()).isEmpty();
        assertThat(directory.lookups()).extracting(UserRef::value).containsExactly("alice", "key-alice", "paula");
    }

    @Test
    void capsReviewersAtTwentyPeopleAfterRemovingReferencesThatNameTheSameUser() {
        PersonBuilder[] people = IntStream.range(0, 20).mapToObj(i -> aPerson("r" + i)).toArray(PersonBuilder[]::new);
        FakeUserDirectory directory = new FakeUserDirectory().with(people);
        String byNameAndKey = IntStream.range(0, 20).mapToObj(i -> "r" + i + ",key-r" + i).collect(Collectors.joining(","));

        Ownership ownership = resolve(Map.of("reviewers", byNameAndKey), directory);

        assertThat(ownership.reviewers()).extracting(Person::username).hasSize(Ownership.MAX_REVIEWERS).doesNotHaveDuplicates();
        assertThat(ownership.problems()).isEmpty();
    }

    @Test
    void reportsTheTwentyFirstReviewerAndNeverLooksUpTheRest() {
        FakeUserDirectory directory = new FakeUserDirectory();
        String reviewers = IntStream.range(0, 100).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        Ownership ownership = resolve(Map.of("reviewers", reviewers), directory);

        assertThat(ownership.reviewers()).hasSize(Ownership.MAX_REVIEWERS);
        assertThat(ownership.problems()).containsExactly(new ParameterProblem(Parameter.REVIEWERS, ParameterProblem.Kind.TOO_MANY_REVIEWERS));
        assertThat(directory.lookups()).hasSize(Ownership.MAX_REVIEWERS + 1);
    }

    @Test
    void keepsProblemsInParameterOrderWhenReviewersAreTooMany() {
        String reviewers = IntStream.range(0, 21).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        Ownership ownership = resolve(Map.of("status", "nope", "reviewers", reviewers, "reviewBy", "soon"), new FakeUserDirectory());

        assertThat(ownership.problems()).extracting(ParameterProblem::parameter)
                .containsExactly(Parameter.STATUS, Parameter.REVIEWERS, Parameter.REVIEW_BY);
    }

    @Test
    void neverLooksUpMoreThanItsCapWhateverThePageNames() {
        FakeUserDirectory directory = new FakeUserDirectory();
        String many = IntStream.range(0, 300).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        resolve(Map.of("activityLead", many, "pm", "p", "owner", "o", "reviewers", many.replace("u", "v")), directory);

        assertThat(directory.lookups()).hasSizeLessThanOrEqualTo(Ownership.MAX_LOOKUPS).doesNotHaveDuplicates();
    }

    private static Ownership resolve(Map<String, String> parameters, FakeUserDirectory directory) {
        return Ownership.resolve(OwnershipParameters.parse(parameters), directory);
    }
}
