package org.activitylead.it.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.util.manifestparser.ManifestParser;

/**
 * One clause of an OSGi manifest header such as {@code Import-Package}: a name with its attributes ({@code key=value})
 * and directives ({@code key:=value}).
 *
 * <p>Values may be quoted and contain commas and semicolons ({@code version="[1.7,3)"}), so clauses are split with
 * Felix's quote-aware splitter, never with {@code String.split}.
 */
record HeaderClause(String name, Map<String, String> attributes, Map<String, String> directives) {

    static List<HeaderClause> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<HeaderClause> clauses = new ArrayList<>();
        for (String clause : ManifestParser.parseDelimitedString(header, ",")) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : ManifestParser.parseDelimitedString(clause, ";")) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part);
                } else if (equals > 0 && part.charAt(equals - 1) == ':') {
                    directives.put(part.substring(0, equals - 1).trim(), unquote(part.substring(equals + 1)));
                } else {
                    attributes.put(part.substring(0, equals).trim(), unquote(part.substring(equals + 1)));
                }
            }
            // "a;b;version=1" is legal OSGi: the parameters apply to every name in the clause.
            for (String name : names) {
                clauses.add(new HeaderClause(name, Map.copyOf(attributes), Map.copyOf(directives)));
            }
        }
        return clauses;
    }

    boolean isOptional() {
        return "optional".equals(directives.get("resolution"));
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed;
    }
}
