package org.activitylead.jira;

import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which issues are epics: Jira Software's epic type when Jira Software is installed (asked through its public API,
 * looked up only when needed, so the app also runs without it), else the issue type named "Epic".
 */
@JiraComponent
public class EpicIssueTypes {

    static final String DEFAULT_EPIC_TYPE_NAME = "Epic";

    private static final Logger LOG = LoggerFactory.getLogger(EpicIssueTypes.class);

    public boolean isEpic(Issue issue) {
        IssueType type = issue == null ? null : issue.getIssueType();
        if (type == null) {
            return false;
        }
        return jiraSoftwareEpicTypeId()
                .map(id -> id.equals(type.getId()))
                .orElseGet(() -> type.getName() != null && type.getName().strip().toLowerCase(Locale.ROOT)
                        .equals(DEFAULT_EPIC_TYPE_NAME.toLowerCase(Locale.ROOT)));
    }

    /** Empty when Jira Software (and so its package) is absent or does not answer. */
    Optional<String> jiraSoftwareEpicTypeId() {
        try {
            ManagedIssueTypesService service = ComponentAccessor.getOSGiComponentInstanceOfType(ManagedIssueTypesService.class);
            ServiceOutcome<IssueType> outcome = service == null ? null : service.getEpicIssueType();
            return outcome != null && outcome.isValid() && outcome.get() != null
                    ? Optional.ofNullable(outcome.get().getId()) : Optional.empty();
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("Jira Software's epic type is not available; using the issue type named Epic", e);
            return Optional.empty();
        }
    }
}
