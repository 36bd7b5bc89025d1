package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.activitylead.core.people.UserRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How every write path's raw values become one candidate, nothing, several, or text that cannot name a user. */
class DriInputTest {

    private static DriInput of(Object... values) {
        return DriInput.of(Arrays.asList(values));
    }

    @Test
    void readsNullsBlanksAndSeparatorsAloneAsNoValue() {
        assertThat(DriInput.of(null)).isInstanceOf(DriInput.Empty.class);
        assertThat(DriInput.of(List.of())).isInstanceOf(DriInput.Empty.class);
        assertThat(of((Object) null)).isInstanceOf(DriInput.Empty.class);
        assertThat(of("", " ", "\t\r\n", ",", " ; ")).isInstanceOf(DriInput.Empty.class);
        assertThat(of(List.of(), List.of(""))).isInstanceOf(DriInput.Empty.class);
    }

    @Test
    void readsOneValueTrimmedExactlyAsWritten() {
        assertThat(of("  Alice.Example\t")).isEqualTo(new DriInput.Candidate(new UserRef("Alice.Example")));
        assertThat(of("", "alice", null)).isEqualTo(new DriInput.Candidate(new UserRef("alice")));
        assertThat(of(List.of("alice"))).isEqualTo(new DriInput.Candidate(new UserRef("alice")));
        assertThat(of("alice,")).isEqualTo(new DriInput.Candidate(new UserRef("alice")));
        assertThat(of(10001L)).isEqualTo(new DriInput.Candidate(new UserRef("10001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice,bob", "alice;bob", "alice\nbob", "alice\rbob", "[\"alice\",\"bob\"]", "alice, alice"})
    void readsSeparatedNamesAsSeveral(String value) {
        assertThat(of(value)).isInstanceOf(DriInput.Several.class);
    }

    @Test
    void readsRepeatedAndNestedValuesAsSeveral() {
        assertThat(of("alice", "bob")).isInstanceOf(DriInput.Several.class);
        assertThat(of(List.of("alice", "bob"))).isInstanceOf(DriInput.Several.class);
        assertThat(of(List.of("alice"), "bob")).isInstanceOf(DriInput.Several.class);
    }

    @Test
    void knowsTheSpecialValuesOfJirasPickersWhateverTheirCase() {
        assertThat(DriInput.SPECIAL_VALUES).contains("-1", "none", "null", "unassigned");
        for (String special : Set.of("-1", "none", "NONE", "Null", "UNASSIGNED", "undefined", "Automatic", "[]", "{}", " none ")) {
            assertThat(of(special)).as(special).isInstanceOf(DriInput.NotAUser.class);
        }
        assertThat(of("nonexistent")).isInstanceOf(DriInput.Candidate.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"al\u200Bice", "alice\u200D", "\uFEFFalice", "al\u00ADice", "\u202Eecila", "al\u2066ice", "al\u0000ice",
            "al\u0007ice", "al\u009Bice", "al\tice"})
    void refusesInvisibleAndControlCharactersInsideAName(String value) {
        assertThat(of(value)).isInstanceOf(DriInput.NotAUser.class);
    }

    @Test
    void refusesTextLongerThanAJiraUserName() {
        assertThat(of("a".repeat(DriInput.MAX_LENGTH))).isEqualTo(new DriInput.Candidate(new UserRef("a".repeat(255))));
        assertThat(of("a".repeat(DriInput.MAX_LENGTH + 1))).isInstanceOf(DriInput.NotAUser.class);
        assertThat(of("a".repeat(1 << 20))).isInstanceOf(DriInput.NotAUser.class);
    }

    @Test
    void leavesLookAlikesToTheDirectoryWhichMatchesExactly() {
        assertThat(of("\u0430lice")).isEqualTo(new DriInput.Candidate(new UserRef("\u0430lice")));
        assertThat(of("alice\u00A0")).as("a no-break space is not trimmed").isEqualTo(new DriInput.Candidate(new UserRef("alice\u00A0")));
    }
}
