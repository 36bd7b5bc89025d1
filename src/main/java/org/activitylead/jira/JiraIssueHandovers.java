package org.activitylead.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.PageHandovers;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DRI handover of one issue, through Jira's issue service as the administrator on the thread, so that the DRI
 * field's own validation, the issue's history and its notifications apply as for any edit. Only the DRI fields that
 * name the leaver now are sent, with Jira told to keep and leave unchecked every other field, and the screen check
 * skipped (the field may be on no edit screen). The dry run validates the same change and writes nothing; an issue
 * whose change Jira refuses is skipped with Jira's reason, and nothing of it is written.
 */
@JiraComponent
public class JiraIssueHandovers implements PageHandovers {

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueHandovers.class);

    private final JiraAuthenticationContext authentication;
    private final IssueManager issueManager;
    private final IssueService issueService;
    private final PermissionManager permissions;
    private final JiraDriIssues issues;

    public JiraIssueHandovers(@JiraImport JiraAuthenticationContext authentication, @JiraImport IssueManager issueManager,
                              @JiraImport IssueService issueService, @JiraImport PermissionManager permissions, JiraDriIssues issues) {
        this.authentication = authentication;
        this.issueManager = issueManager;
        this.issueService = issueService;
        this.permissions = permissions;
        this.issues = issues;
    }

    @Override
    public PageResult handOver(long issueId, Handover handover, boolean write) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        if (issue == null) {
            return PageResult.leftIssue(issueId, "", "", PageOutcome.GONE);
        }
        String key = Objects.requireNonNullElse(issue.getKey(), "");
        String summary = Objects.requireNonNullElse(issue.getSummary(), "");
        // Read as stored now: a DRI someone changed since the dry run is left alone.
        List<CustomField> naming = issues.fieldsNaming(issue, handover.leaver().key());
        if (naming.isEmpty()) {
            return PageResult.leftIssue(issueId, key, summary, PageOutcome.NO_LONGER_NAMED);
        }
        ApplicationUser administrator = authentication.getLoggedInUser();
        if (administrator == null || !permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, administrator)) {
            return PageResult.leftIssue(issueId, key, summary, PageOutcome.NOT_EDITABLE);
        }
        try {
            IssueService.UpdateValidationResult validation = issueService.validateUpdate(administrator, issueId, input(naming, handover));
            if (!validation.isValid()) {
                return PageResult.refusedIssue(issueId, key, summary, reason(validation.getErrorCollection()));
            }
            if (write && !issueService.update(administrator, validation).isValid()) {
                return PageResult.leftIssue(issueId, key, summary, PageOutcome.NOT_SAVED);
            }
        } catch (RuntimeException e) {
            LOG.warn("Jira could not hand over the DRI of issue {}", issueId, e);
            return PageResult.leftIssue(issueId, key, summary, PageOutcome.NOT_SAVED);
        }
        return PageResult.changedIssue(issueId, key, summary, Set.of(Role.LEAD));
    }

    /** The successor by username, the value the field's form and REST take, in every DRI field that names the leaver. */
    private IssueInputParameters input(List<CustomField> naming, Handover handover) {
        IssueInputParameters input = issueService.newIssueInputParameters();
        for (CustomField field : naming) {
            input.addCustomFieldValue(field.getIdAsLong(), handover.successor().username());
        }
        input.setRetainExistingValuesWhenParameterNotProvided(true, true);
        input.setSkipScreenCheck(true);
        return input;
    }

    /** Jira's own messages, field errors first; shown as text. */
    private static String reason(ErrorCollection errors) {
        List<String> messages = new ArrayList<>();
        if (errors != null) {
            if (errors.getErrors() != null) {
                errors.getErrors().values().stream().filter(Objects::nonNull).forEach(messages::add);
            }
            if (errors.getErrorMessages() != null) {
                errors.getErrorMessages().stream().filter(Objects::nonNull).forEach(messages::add);
            }
        }
        return String.join(" ", messages);
    }
}
