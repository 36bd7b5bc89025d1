package org.activitylead.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpaceKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"ENG", "eng", "A1", "~alice", "~alice.martin@example.com", "~j\u00fcrgen"})
    void acceptsGlobalAndPersonalSpaceKeys(String key) {
        assertThat(SpaceKey.parse(key)).map(SpaceKey::value).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ENG ", "EN G", "ENG\"", "ENG\\", "ENG\" or space = \"OPS", "E-NG", "~", "~a b", "<script>", "ENG\n",
            "ENG%22", "~alice\u0000", "\u0415NG"})
    void refusesAnythingOutsideTheClosedSet(String text) {
        assertThat(SpaceKey.parse(text)).isEmpty();
        // The refusal never carries the refused text.
        assertThatThrownBy(() -> new SpaceKey(text)).isInstanceOf(IllegalArgumentException.class).hasMessage("not a space key");
    }

    @Test
    void refusesNullAndOverlongKeys() {
        assertThat(SpaceKey.parse(null)).isEmpty();
        assertThat(SpaceKey.parse("A".repeat(255))).isPresent();
        assertThat(SpaceKey.parse("A".repeat(256))).isEmpty();
    }
}
