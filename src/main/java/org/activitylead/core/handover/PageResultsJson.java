package org.activitylead.core.handover;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Texts;
import org.activitylead.core.record.Json;

/**
 * One batch of a job's results as stored text: strict JSON through {@link Json}, small enough for any host's
 * settings (titles are kept to {@link #TITLE_LENGTH} characters, the link leads to the page). Text that is not a whole
 * batch reads as none, never as part of one.
 */
public final class PageResultsJson {

    public static final int TITLE_LENGTH = 80;
    public static final int REASON_LENGTH = 200;

    private PageResultsJson() {
    }

    public static String write(List<PageResult> results) {
        StringJoiner rows = new StringJoiner(",", "{\"results\":[", "]}");
        for (PageResult result : results) {
            StringJoiner row = new StringJoiner(",", "{", "}");
            row.add("\"id\":" + result.pageId());
            row.add("\"key\":" + Json.quote(result.key()));
            row.add("\"title\":" + Json.quote(Texts.shortened(result.title(), TITLE_LENGTH)));
            row.add("\"outcome\":" + Json.quote(result.outcome().name()));
            row.add("\"roles\":" + (result.roles().isEmpty() ? "[]"
                    : EnumSet.copyOf(result.roles()).stream().map(role -> Json.quote(role.name())).toList().toString().replace(" ", "")));
            row.add("\"reason\":" + Json.quote(Texts.shortened(result.reason(), REASON_LENGTH)));
            rows.add(row.toString());
        }
        return rows.toString();
    }

    public static List<PageResult> read(String text) {
        return Json.readObject(text).flatMap(PageResultsJson::results).orElse(List.of());
    }

    private static Optional<List<PageResult>> results(Map<String, Object> json) {
        try {
            List<PageResult> results = new ArrayList<>();
            for (Object row : (List<?>) json.get("results")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) row;
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Object role : (List<?>) fields.get("roles")) {
                    roles.add(Role.valueOf((String) role));
                }
                // Results stored before issues had keys and reasons read as pages without them.
                results.add(new PageResult((Long) fields.get("id"), (String) fields.getOrDefault("key", ""), (String) fields.get("title"),
                        PageOutcome.valueOf((String) fields.get("outcome")), roles, (String) fields.getOrDefault("reason", "")));
            }
            return Optional.of(List.copyOf(results));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
