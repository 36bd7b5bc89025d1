package org.activitylead.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.activitylead.core.dri.DriHealthSearch;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;

/**
 * The issues the DRI health screen checks, found with Jira's search as the viewer (so only issues they may browse):
 * for every DRI field, the issues whose DRI has been deactivated ({@code inactiveDris()}), and the issues of the types
 * that need a DRI whose DRI is empty. Jira indexes a DRI it can no longer resolve as empty, so among the latter the
 * stored key tells a DRI Jira no longer knows from no DRI at all. For a reassignment, the issues whose stored DRI is
 * one user key, read from the stored values themselves, so a user Jira no longer knows is found too.
 */
@JiraComponent
public class JiraDriIssues {

    private final SearchService search;
    private final CustomFieldManager fields;
    private final CustomFieldValuePersister values;
    private final FieldConfigSchemeManager schemes;
    private final EpicIssueTypes epics;
    private final IssueManager issueManager;

    public JiraDriIssues(@JiraImport SearchService search, @JiraImport CustomFieldManager fields, @JiraImport CustomFieldValuePersister values,
                         @JiraImport FieldConfigSchemeManager schemes, EpicIssueTypes epics, @JiraImport IssueManager issueManager) {
        this.issueManager = issueManager;
        this.search = search;
        this.fields = fields;
        this.values = values;
        this.schemes = schemes;
        this.epics = epics;
    }

    /**
     * At most {@code limit} issues, each once, with how many matched in all.
     *
     * @throws IllegalStateException when Jira's search fails; the screen says so without the cause
     */
    public ActivitySearch.Found find(ApplicationUser viewer, DriHealthSearch scope, int limit) {
        Map<Long, ReportHit> hits = new LinkedHashMap<>();
        int total = 0;
        for (CustomField field : driFields()) {
            long fieldId = field.getIdAsLong();
            SearchResults<Issue> inactive = search(viewer, scope.inactive(fieldId), limit - hits.size());
            total += inactive.getTotal();
            inactive.getResults().forEach(issue -> hits.putIfAbsent(issue.getId(), hit(issue, storedKey(field, issue))));
            Optional<String> withoutDri = withoutDri(field, scope, fieldId);
            if (withoutDri.isPresent()) {
                SearchResults<Issue> empty = search(viewer, withoutDri.get(), limit - hits.size());
                total += empty.getTotal();
                for (Issue issue : empty.getResults()) {
                    if (required(field, issue)) {
                        hits.putIfAbsent(issue.getId(), hit(issue, storedKey(field, issue)));
                    }
                }
            }
        }
        List<ReportHit> found = new ArrayList<>(hits.values());
        return new ActivitySearch.Found(found, Math.max(total, found.size()));
    }

    /**
     * The ids of the issues whose stored DRI, in any DRI field, is this user key, in id order; only those of these
     * projects when {@code projects} is given (a project administrator's).
     */
    public List<Long> naming(String userKey, Optional<Set<Long>> projects) {
        Set<Long> ids = new TreeSet<>();
        for (CustomField field : driFields()) {
            Set<Long> found = values.getIssueIdsWithValue(field, PersistenceFieldType.TYPE_LIMITED_TEXT, userKey);
            if (found != null) {
                found.stream().filter(Objects::nonNull).forEach(ids::add);
            }
        }
        if (projects.isEmpty()) {
            return List.copyOf(ids);
        }
        return ids.stream().filter(id -> {
            Issue issue = issueManager.getIssueObject(id);
            return issue != null && projects.get().contains(issue.getProjectId());
        }).toList();
    }

    /** The DRI fields whose stored value on this issue is this user key, as the issue is stored now. */
    public List<CustomField> fieldsNaming(Issue issue, String userKey) {
        return driFields().stream().filter(field -> storedKey(field, issue).filter(userKey::equals).isPresent()).toList();
    }

    private List<CustomField> driFields() {
        return fields.getCustomFieldObjects().stream()
                .filter(field -> field.getCustomFieldType() instanceof DriCFType && field.getIdAsLong() != null)
                .toList();
    }

    /** The types the field's contexts list; a context for every type makes epics need a DRI (DriRequirement). */
    private Optional<String> withoutDri(CustomField field, DriHealthSearch scope, long fieldId) {
        List<FieldConfigScheme> contexts = Optional.ofNullable(field.getConfigurationSchemes()).orElse(List.of());
        List<String> types = new ArrayList<>();
        boolean allTypes = false;
        for (FieldConfigScheme context : contexts) {
            if (context.isAllIssueTypes()) {
                allTypes = true;
            } else if (context.getAssociatedIssueTypeIds() != null) {
                types.addAll(context.getAssociatedIssueTypeIds());
            }
        }
        return scope.withoutDri(fieldId, types, allTypes, allTypes ? epics.jiraSoftwareEpicTypeId() : Optional.empty());
    }

    /** The field's own rule for this issue: in its context, and of a type that needs a DRI. */
    private boolean required(CustomField field, Issue issue) {
        FieldConfig config = field.getRelevantConfig(issue);
        return config != null && DriContexts.required(schemes, config, issue, epics);
    }

    /** The user key as stored, whether or not Jira still knows the user; empty for no DRI. */
    private Optional<String> storedKey(CustomField field, Issue issue) {
        List<Object> stored = values.getValues(field, issue.getId(), PersistenceFieldType.TYPE_LIMITED_TEXT);
        return stored == null ? Optional.empty()
                : stored.stream().filter(Objects::nonNull).map(Object::toString).filter(key -> !key.isBlank()).findFirst();
    }

    private static ReportHit hit(Issue issue, Optional<String> driKey) {
        Project project = issue.getProjectObject();
        String projectKey = project == null || project.getKey() == null ? "" : project.getKey();
        return DriHealthSearch.hit(issue.getId(), issue.getKey(), issue.getSummary(), projectKey, project == null ? "" : project.getName(), driKey);
    }

    private SearchResults<Issue> search(ApplicationUser viewer, String jql, int max) {
        SearchService.ParseResult parsed = search.parseQuery(viewer, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira refused the DRI health query");
        }
        try {
            return search.search(viewer, parsed.getQuery(), new PagerFilter<>(0, Math.max(max, 0)));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search failed", e);
        }
    }
}
