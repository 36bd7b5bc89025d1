package org.activitylead.testing.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CustomFieldParams} as Jira hands it to {@code validateFromParams}: the submitted strings under the null
 * key (one per form parameter, so a repeated parameter gives two), and the ids Jira adds before validating, as lists
 * of strings. A value left blank is one empty string; a field that submitted nothing has no null key at all.
 */
public final class FieldParams implements CustomFieldParams {

    /** The keys under which Jira adds the issue (edit, transition, bulk edit) and the project (create). */
    public static final String ISSUE_ID = "com.atlassian.jira.internal.issue_id";
    public static final String PROJECT_ID = "com.atlassian.jira.internal.project_id";

    private final CustomField field;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private FieldParams(CustomField field) {
        this.field = field;
    }

    public static FieldParams of(CustomField field) {
        return new FieldParams(field);
    }

    /** Each string is one submitted parameter value (nulls kept: a JSON null arrives as one). */
    public FieldParams values(String... submitted) {
        return values(Arrays.asList(submitted));
    }

    public FieldParams values(List<String> submitted) {
        if (!submitted.isEmpty()) {
            values.computeIfAbsent(null, key -> new ArrayList<>()).addAll(submitted);
        }
        return this;
    }

    /** The parameters Jira adds on create: the project only, since the issue does not exist yet. */
    public FieldParams forCreateIn(Project project) {
        values.put(PROJECT_ID, List.of(project.getId().toString()));
        return this;
    }

    /** The parameters Jira adds for an existing issue: its id and its project's. */
    public FieldParams forIssue(Issue issue) {
        values.put(ISSUE_ID, List.of(issue.getId().toString()));
        if (issue.getProjectObject() != null) {
            values.put(PROJECT_ID, List.of(issue.getProjectObject().getId().toString()));
        }
        return this;
    }

    /** A raw extra parameter, e.g. an id in a shape Jira never sends. */
    public FieldParams put(String key, String... submitted) {
        values.put(key, Arrays.asList(submitted));
        return this;
    }

    /** A copy, as bulk edit makes of the shared parameters for each selected issue. */
    public FieldParams copy() {
        FieldParams copy = new FieldParams(field);
        values.forEach((key, list) -> copy.values.put(key, new ArrayList<>(list)));
        return copy;
    }

    @Override
    public CustomField getCustomField() {
        return field;
    }

    /** Raw, as Jira declares it. */
    @Override
    @SuppressWarnings("rawtypes")
    public Collection getValuesForNullKey() {
        return values.get(null);
    }

    @Override
    public Collection<String> getValuesForKey(String key) {
        return values.get(key);
    }

    @Override
    public Object getFirstValueForKey(String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
