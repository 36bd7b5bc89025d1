package org.activitylead.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRefTest {

    @Test
    void parsesTextTrimmedAndTakesBlankTextForNobody() {
        assertThat(UserRef.parse("  alice\t")).contains(new UserRef("alice"));
        assertThat(UserRef.parse(" \t ")).isEmpty();
    }

    @Test
    void acceptsTheLongestReferenceAHostAllowsAndRefusesOneMore() {
        assertThat(UserRef.parse("a".repeat(UserRef.MAX_LENGTH))).isPresent();
        assertThatThrownBy(() -> UserRef.parse("a".repeat(UserRef.MAX_LENGTH + 1))).isInstanceOf(UserRef.InvalidUserRef.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali\u0000ce", "ali\nce", "bob\u007f", "\u0085eve"})
    void refusesControlCharactersWithoutRepeatingTheText(String text) {
        assertThatThrownBy(() -> UserRef.parse(text)).isInstanceOf(UserRef.InvalidUserRef.class).hasMessage(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " alice", "alice "})
    void cannotBeBuiltBlankOrUntrimmed(String value) {
        assertThatThrownBy(() -> new UserRef(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a user reference");
    }
}
