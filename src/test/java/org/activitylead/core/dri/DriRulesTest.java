package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.dri.DriVerdict.Reason;
import org.junit.jupiter.api.Test;

class DriRulesTest {

    /** Projects each user can browse; "secret" is browsable by nobody but alice. */
    private final Map<String, Set<String>> browsable = Map.of("alice", Set.of("EPIC", "SECRET"), "bob", Set.of("EPIC"));
    private final List<String> lookups = new ArrayList<>();

    private final DriDirectory<String> directory = new DriDirectory<>() {
        private final Map<String, DriUser> users = Map.of(
                "alice", new DriUser("JIRAUSER10001", "alice", "Alice Example", true),
                "JIRAUSER10002", new DriUser("JIRAUSER10002", "bob", "Bob Example", true),
                "bob", new DriUser("JIRAUSER10002", "bob", "Bob Example", true),
                "gone", new DriUser("JIRAUSER10003", "gone", "Gina Gone", false));

        @Override
        public Optional<DriUser> find(String keyOrUsername) {
            lookups.add(keyOrUsername);
            return Optional.ofNullable(users.get(keyOrUsername));
        }

        @Override
        public boolean canBrowse(DriUser user, String project) {
            return browsable.getOrDefault(user.username(), Set.of()).contains(project);
        }
    };

    private DriVerdict check(boolean required, String project, Object... values) {
        return DriRules.check(Arrays.asList(values), required, project, directory);
    }

    @Test
    void acceptsOneActiveUserByUsernameOrKeyTrimmed() {
        assertThat(check(true, "EPIC", " alice ")).isEqualTo(new DriVerdict.Accepted(Optional.of(
                new DriUser("JIRAUSER10001", "alice", "Alice Example", true))));
        assertThat(check(true, "EPIC", "JIRAUSER10002")).isInstanceOfSatisfying(DriVerdict.Accepted.class,
                accepted -> assertThat(accepted.dri()).map(DriUser::username).contains("bob"));
        assertThat(lookups).containsExactly("alice", "JIRAUSER10002");
    }

    @Test
    void rejectsSeveralValuesInEveryShape() {
        assertThat(check(false, "EPIC", "alice,bob")).isEqualTo(new DriVerdict.Rejected(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "alice", "bob")).isEqualTo(new DriVerdict.Rejected(Reason.SEVERAL));
        assertThat(check(false, "EPIC", List.of("alice", "bob"))).isEqualTo(new DriVerdict.Rejected(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "[\"alice\",\"bob\"]")).isEqualTo(new DriVerdict.Rejected(Reason.SEVERAL));
        assertThat(check(false, "EPIC", "alice\nbob")).isEqualTo(new DriVerdict.Rejected(Reason.SEVERAL));
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsSpecialValuesWithoutLookingThemUp() {
        for (String special : List.of("-1", "none", "NULL", "Unassigned", "[]")) {
            assertThat(check(false, "EPIC", special)).as(special).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        }
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsUnknownAndLookAlikeNamesWithoutGuessing() {
        assertThat(check(false, "EPIC", "nobody")).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "\u0430lice")).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "jira-administrators")).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(lookups).containsExactly("nobody", "\u0430lice", "jira-administrators");
    }

    @Test
    void rejectsInvisibleOrOversizedTextBeforeAnyLookup() {
        assertThat(check(false, "EPIC", "al\u200Bice")).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "al\u0000ice")).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(check(false, "EPIC", "a".repeat(DriInput.MAX_LENGTH + 1))).isEqualTo(new DriVerdict.Rejected(Reason.NOT_A_USER));
        assertThat(lookups).isEmpty();
    }

    @Test
    void rejectsADeactivatedUser() {
        assertThat(check(false, "EPIC", "gone")).isEqualTo(new DriVerdict.Rejected(Reason.DEACTIVATED));
    }

    @Test
    void rejectsAUserWhoCannotBrowseTheProject() {
        assertThat(check(false, "SECRET", "bob")).isEqualTo(new DriVerdict.Rejected(Reason.CANNOT_BROWSE));
        assertThat(check(false, "SECRET", "alice")).isInstanceOf(DriVerdict.Accepted.class);
    }

    @Test
    void leavesTheBrowseCheckOutWhenTheHostGivesNoScope() {
        assertThat(check(false, null, "bob")).isInstanceOf(DriVerdict.Accepted.class);
    }

    @Test
    void requiresAValueOnlyWhereTheIssueMustHaveOne() {
        assertThat(check(true, "EPIC")).isEqualTo(new DriVerdict.Rejected(Reason.REQUIRED));
        assertThat(check(true, "EPIC", " ", null, "")).isEqualTo(new DriVerdict.Rejected(Reason.REQUIRED));
        assertThat(check(false, "EPIC")).isEqualTo(new DriVerdict.Accepted(Optional.empty()));
        assertThat(DriRules.check(null, false, "EPIC", directory)).isEqualTo(new DriVerdict.Accepted(Optional.empty()));
    }

    @Test
    void namesEachReasonsMessageKey() {
        assertThat(Reason.CANNOT_BROWSE.messageKey()).isEqualTo("activity-lead.dri.error.cannot-browse");
    }
}
