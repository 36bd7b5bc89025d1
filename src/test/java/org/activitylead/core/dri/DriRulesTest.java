package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.dri.DriVerdict.Reason;
import org.activitylead.core.people.HostUser;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;
import org.junit.jupiter.api.Test;

class DriRulesTest {

    /** Projects each user can browse; "secret" is browsable by nobody but alice. */
    private final Map<String, Set<String>> browsable = Map.of("alice", Set.of("EPIC", "SECRET"), "bob", Set.of("EPIC"));
    private final List<String> lookups = new ArrayList<>();

    private final DriDirectory<Person, String> directory = new DriDirectory<>() {
        private final Map<String, Person> users = Map.of(
                "alice", Person.of("JIRAUSER10001", "alice", "Alice Example", true, null),
                "JIRAUSER10002", Person.of("JIRAUSER10002", "bob", "Bob Example", true, null),
                "bob", Person.of("JIRAUSER10002", "bob", "Bob Example", true, null),
                "gone", Person.of("JIRAUSER10003", "gone", "Gina Gone", false, null));

        @Override
        public Optional<HostUser<Person>> find(UserRef ref) {
            lookups.add(ref.value());
            return Optional.ofNullable(users.get(ref.value())).map(person -> new HostUser<>(person, person));
        }

        @Override
        public boolean canBrowse(Person user, String project) {
            return browsable.getOrDefault(user.username(), Set.of()).contains(project);
        }
    };

    private DriVerdict<Person> check(boolean required, String project, Object... values) {
        return DriRules.check(Arrays.asList(values), required, project, directory);
    }

    @Test
    void acceptsOneActiveUserByUsernameOrKeyTrimmed() {
        Person alice = Person.of("JIRAUSER10001", "alice", "Alice Example", true, null);
        assertThat(check(true, "EPIC", " alice ")).isEqualTo(new DriVerdict.Accepted<>(Optional.of(new HostUser<>(alice, alice))));
        assertThat(check(true, "EPIC", "JIRAUSER10002")).isInstanceOfSatisfying(DriVerdict.Accepted.class,
                accepted -> assertThat(((DriVerdict.Accepted<?>) accepted).dri()).map(user -> user.person().username()).contains("bob"));
        assertThat(lookups).containsExactly("alice", "JIRAUSER10002");
    }

    @Test
    void rejectsSeveralValuesInEveryShape() {
        assertThat(check(false, "EPIC", "alice,bob")).isEqualTo(new DriVerdict.Rejected<>(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "alice", "bob")).isEqualTo(new DriVerdict.Rejected<>(Reason.SEVERAL));
        assertThat(check(false, "EPIC", List.of("alice", "bob"))).isEqualTo(new DriVerdict.Rejected<>(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "[\"alice\",\"bob\"]")).isEqualTo(new DriVerdict.Rejected<>(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "alice\nbob")).isEqualTo(new DriVerdict.Rejected<>(Reason.SEVERAL));
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsSpecialValuesWithoutLookingThemUp() {
        for (String special : List.of("-1", "none", "NULL", "Unassigned", "[]")) {
            assertThat(check(false, "EPIC", special)).as(special).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        }
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsUnknownAndLookAlikeNamesWithoutGuessing() {
        assertThat(check(false, "EPIC", "nobody")).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "\u0430lice")).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "jira-administrators")).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(lookups).containsExactly("nobody", "\u0430lice", "jira-administrators");
    }

    @Test
    void rejectsInvisibleOrOversizedTextBeforeAnyLookup() {
        assertThat(check(false, "EPIC", "al\u200Bice")).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "al\u0000ice")).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "a".repeat(DriInput.MAX_LENGTH + 1))).isEqualTo(new DriVerdict.Rejected<>(Reason.NOT_A_USER));
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsADeactivatedUser() {
        assertThat(check(false, "EPIC", "gone")).isEqualTo(new DriVerdict.Rejected<>(Reason.DEACTIVATED));
    }

    @Test
    void rejectsAUserWhoCannotBrowseTheProject() {
        assertThat(check(false, "SECRET", "bob")).isEqualTo(new DriVerdict.Rejected<>(Reason.CANNOT_BROWSE));
        assertThat(check(false, "SECRET", "alice")).isInstanceOf(DriVerdict.Accepted.class);
    }

    @Test
    void leavesTheBrowseCheckOutWhenTheHostGivesNoScope() {
        assertThat(check(false, null, "bob")).isInstanceOf(DriVerdict.Accepted.class);
    }

    @Test
    void requiresAValueOnlyWhereTheIssueMustHaveOne() {
        assertThat(check(true, "EPIC")).isEqualTo(new DriVerdict.Rejected<>(Reason.REQUIRED));
        assertThat(check(true, "EPIC", " ", null, "")).isEqualTo(new DriVerdict.Rejected<>(Reason.REQUIRED));
        assertThat(check(false, "EPIC")).isEqualTo(new DriVerdict.Accepted<>(Optional.empty()));
        assertThat(DriRules.check(null, false, "EPIC", directory)).isEqualTo(new DriVerdict.Accepted<>(Optional.empty()));
    }

    @Test
    void namesEachReasonsMessageKey() {
        assertThat(Reason.CANNOT_BROWSE.messageKey()).isEqualTo("activity-lead.dri.error.cannot-browse");
    }

    @Test
    void checksAHeldUserWithoutLookingItUp() {
        Person gone = Person.of("JIRAUSER10003", "gone", "Gina Gone", false, null);
        Person bob = Person.of("JIRAUSER10002", "bob", "Bob Example", true, null);

        assertThat(DriRules.checkHeld(Optional.of(new HostUser<>(gone, gone)), true, "EPIC", directory))
                .isEqualTo(new DriVerdict.Rejected<>(Reason.DEACTIVATED));
        assertThat(DriRules.checkHeld(Optional.of(new HostUser<>(bob, bob)), true, "SECRET", directory))
                .isEqualTo(new DriVerdict.Rejected<>(Reason.CANNOT_BROWSE));
        assertThat(DriRules.checkHeld(Optional.of(new HostUser<>(bob, bob)), true, "EPIC", directory))
                .isEqualTo(new DriVerdict.Accepted<>(Optional.of(new HostUser<>(bob, bob))));
        assertThat(DriRules.checkHeld(Optional.<HostUser<Person>>empty(), true, "EPIC", directory))
                .isEqualTo(new DriVerdict.Rejected<>(Reason.REQUIRED));
        assertThat(lookups).isEmpty();
    }
}
