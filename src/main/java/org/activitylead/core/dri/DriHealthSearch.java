package org.activitylead.core.dri;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.record.RecordedUser;
import org.activitylead.core.report.ReportHit;

/**
 * What the DRI health screen searches, for one viewer: every project for a Jira administrator, only the projects
 * they administer for a project administrator, nothing for anyone else. Its JQL is made of numbers and fixed words
 * only (field and project ids, issue type ids, our own function's name): no input ever reaches it.
 *
 * @param projectIds the projects searched; empty for every project
 */
public record DriHealthSearch(Set<Long> projectIds) {

    /** Jira's default name of the epic type, for a site without Jira Software's own epic type. */
    public static final String EPIC = "Epic";

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    public DriHealthSearch {
        projectIds = Set.copyOf(projectIds);
    }

    /** The viewer's scope, or empty when they may not see the screen. */
    public static Optional<DriHealthSearch> forViewer(boolean jiraAdministrator, Collection<Long> administeredProjects) {
        if (jiraAdministrator) {
            return Optional.of(new DriHealthSearch(Set.of()));
        }
        List<Long> projects = administeredProjects.stream().filter(Objects::nonNull).toList();
        return projects.isEmpty() ? Optional.empty() : Optional.of(new DriHealthSearch(Set.copyOf(projects)));
    }

    public boolean everyProject() {
        return projectIds.isEmpty();
    }

    /** The issues whose DRI has been deactivated, found through the app's own JQL function. */
    public String inactive(long fieldId) {
        return scoped(field(fieldId) + " in inactiveDris()");
    }

    /**
     * The issues of the types that need a DRI whose DRI is empty: none named, or a user Jira no longer knows.
     *
     * @param issueTypeIds the types the field's contexts list; anything but an id is left out
     * @param epics        whether a context covers every type, so that epics need one
     * @param epicTypeId   Jira Software's epic type, or empty to name it {@value #EPIC}
     * @return empty when no type needs a DRI
     */
    public Optional<String> withoutDri(long fieldId, Collection<String> issueTypeIds, boolean epics, Optional<String> epicTypeId) {
        Set<String> types = new TreeSet<>();
        issueTypeIds.stream().filter(Objects::nonNull).map(String::strip).filter(id -> ID.matcher(id).matches()).forEach(types::add);
        if (epics) {
            types.add(epicTypeId.filter(id -> ID.matcher(id).matches()).orElse("\"" + EPIC + "\""));
        }
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scoped(field(fieldId) + " is EMPTY and issuetype in (" + String.join(", ", types) + ")"));
    }

    /**
     * One issue as the health screen lists it: its key and summary, its project, and its DRI by user key (none
     * when empty). A DRI is recorded by key alone: the screen looks the person up now.
     */
    public static ReportHit hit(long issueId, String issueKey, String summary, String projectKey, String projectName, Optional<String> driKey) {
        OwnershipRecord record = new OwnershipRecord(Optional.empty(), driKey.map(key -> List.of(new RecordedUser(key, key))).orElse(List.of()),
                Optional.empty(), Optional.empty(), List.of(), false, Optional.empty(), Set.of());
        String title = summary == null || summary.isBlank() ? issueKey : issueKey + " " + summary;
        return new ReportHit(issueId, title, "/browse/" + issueKey, projectKey, projectName == null ? "" : projectName, Optional.of(record));
    }

    private static String field(long fieldId) {
        if (fieldId <= 0) {
            throw new IllegalArgumentException("a custom field's id is a positive number");
        }
        return "cf[" + fieldId + "]";
    }

    private String scoped(String clause) {
        if (everyProject()) {
            return clause + " order by key asc";
        }
        StringJoiner projects = new StringJoiner(", ", " and project in (", ")");
        projectIds.stream().sorted().forEach(id -> projects.add(Long.toString(id)));
        return clause + projects + " order by key asc";
    }
}
