package org.activitylead.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqlTest {

    /** Reads a literal back as CQL's lexer does: the value between the quotes, each backslash escaping one character. */
    private static String unquote(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"");
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '"') {
                throw new AssertionError("an unescaped quote ends the literal early in " + literal);
            }
            if (c == '\\') {
                c = literal.charAt(++i);
                if (i == literal.length() - 1) {
                    throw new AssertionError("the closing quote is escaped in " + literal);
                }
            }
            value.append(c);
        }
        return value.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENG", "IN REVIEW", "a\"b", "\" or space = \"X", "\\", "\\\"", "x\\", "\") or (title ~ \"",
            "label = x or type = page", "close) order by title", "\u201cquoted\u201d", "\uff02fullwidth\uff02", "\u0435\u0456",
            "'single'", "~alice", "currentUser()", "now(\"-1d\")", "*", "?", "%", "\u202eevil", ""})
    void keepsEveryValueOneLiteralThatReadsBackAsItself(String value) {
        String literal = Cql.literal(value);

        assertThat(unquote(literal)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nor type = page", "\r", "\u0000", "\u0085", "tab\there"})
    void refusesControlCharactersWithoutRepeatingTheValue(String value) {
        assertThatThrownBy(() -> Cql.literal(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("control character in a CQL value");
    }

    @Test
    void matchesOneValueWithEqualsAndSeveralWithIn() {
        assertThat(Cql.isAnyOf("space", List.of("ENG"))).isEqualTo("space = \"ENG\"");
        assertThat(Cql.isAnyOf("space", List.of("ENG", "O\"PS"))).isEqualTo("space in (\"ENG\", \"O\\\"PS\")");
        assertThatThrownBy(() -> Cql.isAnyOf("space", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
