package org.activitylead.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.activitylead.core.dri.DriRequirement;

/**
 * Reads the DRI field's context (its field configuration scheme) for {@link DriRequirement}: the issue types it is
 * restricted to, or none for a context that covers all issue types (and when Jira names no scheme).
 */
final class DriContexts {

    private DriContexts() {
    }

    /** Whether the issue (null on create) needs a DRI under this configuration of the field (null: none known). */
    static boolean required(FieldConfigSchemeManager schemes, FieldConfig config, Issue issue, EpicIssueTypes epics) {
        IssueType type = issue == null ? null : issue.getIssueType();
        String typeId = type == null ? null : type.getId();
        if (issue != null && typeId == null) {
            // An issue without a readable type: only the epic check can answer, and it says no.
            return false;
        }
        return DriRequirement.required(issueTypeIds(schemes, config), typeId, () -> epics.isEpic(issue));
    }

    static Collection<String> issueTypeIds(FieldConfigSchemeManager schemes, FieldConfig config) {
        FieldConfigScheme scheme = config == null || schemes == null ? null : schemes.getConfigSchemeForFieldConfig(config);
        if (scheme == null || scheme.isAllIssueTypes()) {
            return List.of();
        }
        Collection<String> ids = scheme.getAssociatedIssueTypeIds();
        return ids == null ? List.of() : ids;
    }
}
