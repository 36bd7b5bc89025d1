package org.activitylead.core.report;

import java.util.List;
import java.util.StringJoiner;

/**
 * The one way a value gets into CQL: as a double-quoted string literal with backslash and quote escaped, so that no
 * value can end the literal, add a clause or change the query's structure. Values come from validated, typed
 * parameters only (enums, user keys, checked space keys and labels), and each is still quoted here.
 */
public final class Cql {

    private Cql() {
    }

    /** A CQL string literal holding exactly {@code value}; control characters are refused, never passed on. */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("control character in a CQL value");
            }
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** {@code field = "v"} for one value, {@code field in ("a", "b")} for several. */
    static String isAnyOf(String field, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (values.size() == 1) {
            return field + " = " + literal(values.get(0));
        }
        StringJoiner list = new StringJoiner(", ", field + " in (", ")");
        values.forEach(value -> list.add(literal(value)));
        return list.toString();
    }
}
