package org.activitylead.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;

/** What a DRI write is about: the issue when Jira names it (edit, transition), else its project (create). */
record JiraScope(Issue issue, Project project) {

    static JiraScope of(Issue issue) {
        return new JiraScope(issue, null);
    }

    static JiraScope of(Project project) {
        return new JiraScope(null, project);
    }
}
