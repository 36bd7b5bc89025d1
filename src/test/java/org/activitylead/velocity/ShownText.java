package org.activitylead.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Checks shared by the hostile-input suites on what a person sees: nothing evaluated, nothing encoded twice. */
final class ShownText {

    /** What an evaluated expression would print; the inputs never contain the result themselves. */
    private static final Map<String, String> EVALUATED = Map.of("7*7", "49", "7 * 7", "49", "16*8787", "140592");

    /** Entities shown only when the input typed them: anything else is text encoded twice. */
    private static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#");

    private ShownText() {
    }

    /** {@code shownEverywhere}: the visible text and every attribute value of one render. */
    static void assertNotEvaluatedNorEncodedTwice(List<String> inputs, String shownEverywhere) {
        EVALUATED.forEach((expression, result) -> {
            if (inputs.stream().anyMatch(input -> input.contains(expression)) && inputs.stream().noneMatch(input -> input.contains(result))) {
                assertThat(shownEverywhere).as("the result of %s", expression).doesNotContain(result);
            }
        });
        for (String entity : ENTITIES) {
            if (inputs.stream().noneMatch(input -> input.contains(entity))) {
                assertThat(shownEverywhere).as("text encoded twice").doesNotContain(entity);
            }
        }
    }
}
