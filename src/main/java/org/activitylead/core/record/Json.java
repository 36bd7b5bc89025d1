package org.activitylead.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The little JSON a record needs, written and read strictly: objects, arrays, strings, booleans, whole numbers and
 * null. Anything else, anything nested deeper than {@link #MAX_DEPTH} or longer than {@link #MAX_LENGTH} reads as
 * nothing, never as a partial value: a content property can be written by anyone with edit rights through REST.
 */
public final class Json {

    /** Confluence keeps a content property's value up to 32 KB; more is not ours. */
    static final int MAX_LENGTH = 32 * 1024;
    static final int MAX_DEPTH = 4;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** A JSON string literal, with every character outside printable ASCII escaped, so the output is plain ASCII. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A whole number of a read object that fits an int.
     *
     * @throws ClassCastException, NullPointerException or ArithmeticException when it is not one
     */
    public static int count(Map<String, Object> object, String name) {
        return Math.toIntExact((Long) object.get(name));
    }

    /**
     * An instant written as ISO-8601 text, or empty for none.
     *
     * @throws ClassCastException or java.time.format.DateTimeParseException when it is not one
     */
    public static Optional<Instant> instant(Object value) {
        return value == null ? Optional.empty() : Optional.of(Instant.parse((String) value));
    }

    /** The object the text holds, or empty for anything that is not exactly one well-formed object. */
    public static Optional<Map<String, Object>> readObject(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Json json = new Json(text);
            json.space();
            Map<String, Object> object = json.object(0);
            json.space();
            return json.at == text.length() ? Optional.of(object) : Optional.empty();
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        space();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        expect('{');
        Map<String, Object> object = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            return Collections.unmodifiableMap(object);
        }
        do {
            space();
            String name = string();
            space();
            expect(':');
            if (object.containsKey(name)) {
                throw new Malformed();
            }
            object.put(name, value(depth + 1));
            space();
        } while (next() == ',');
        at--;
        expect('}');
        return Collections.unmodifiableMap(object);
    }

    private List<Object> array(int depth) {
        expect('[');
        List<Object> array = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(array);
        }
        do {
            array.add(value(depth + 1));
            space();
        } while (next() == ',');
        at--;
        expect(']');
        return Collections.unmodifiableList(array);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex());
                default -> throw new Malformed();
            }
        }
    }

    private char hex() {
        if (at + 4 > text.length()) {
            throw new Malformed();
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new Malformed();
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    /** Whole numbers of at most 18 digits: all a record holds. */
    private Long number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 0x80) {
            at++;
        }
        String digits = text.substring(start, at);
        if (digits.isEmpty() || digits.equals("-") || digits.length() > 18 || digits.matches("-?0\\d+")) {
            throw new Malformed();
        }
        return Long.valueOf(digits);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new Malformed();
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Malformed();
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw new Malformed();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    /** Thrown inside the reader only; callers get an empty result. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }
}
