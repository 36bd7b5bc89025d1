package org.activitylead.testing.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Test data: projects and issues (mocked {@link MutableIssue}s of type "Epic" or "Story"), and the
 * {@link IssueManager} and {@link ProjectManager} that find the ones registered here by id, and nothing else.
 */
public final class JiraIssues {

    public static final String EPIC_TYPE_ID = "10000";
    public static final String STORY_TYPE_ID = "10001";

    private final Map<Long, MutableIssue> issues = new HashMap<>();
    private final Map<Long, Project> projects = new HashMap<>();
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);

    public JiraIssues() {
        when(issueManager.getIssueObject(any())).thenAnswer(call -> issues.get(call.<Long>getArgument(0)));
        when(projectManager.getProjectObj(any())).thenAnswer(call -> projects.get(call.<Long>getArgument(0)));
    }

    public Project project(long id) {
        return projects.computeIfAbsent(id, JiraIssues::aProject);
    }

    /** Registers the issue so that the IssueManager finds it by its id (a new, unsaved issue has none). */
    public MutableIssue add(IssueBuilder builder) {
        MutableIssue issue = builder.build();
        if (issue.getId() != null) {
            issues.put(issue.getId(), issue);
        }
        if (issue.getProjectObject() != null) {
            projects.putIfAbsent(issue.getProjectObject().getId(), issue.getProjectObject());
        }
        return issue;
    }

    public IssueManager issueManager() {
        return issueManager;
    }

    public ProjectManager projectManager() {
        return projectManager;
    }

    public static Project aProject(long id) {
        return aProject(id, "P" + id, "Project " + id);
    }

    public static Project aProject(long id, String key, String name) {
        Project project = mock(Project.class, "project " + id);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    public static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class, "issue type " + name);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    public static IssueBuilder anEpic(String key) {
        return new IssueBuilder(key, issueType(EPIC_TYPE_ID, "Epic"));
    }

    public static IssueBuilder aStory(String key) {
        return new IssueBuilder(key, issueType(STORY_TYPE_ID, "Story"));
    }

    /** Builder of one mocked issue. */
    public static final class IssueBuilder {

        private final String key;
        private final IssueType type;
        private final Map<CustomField, Object> values = new HashMap<>();
        private Long id;
        private Project project;
        private String summary = "";

        private IssueBuilder(String key, IssueType type) {
            this.key = key;
            this.type = type;
        }

        public IssueBuilder id(long id) {
            this.id = id;
            return this;
        }

        /** Not stored yet, as on the Create transition: no id and no key. */
        public IssueBuilder unsaved() {
            this.id = null;
            return this;
        }

        public IssueBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public IssueBuilder in(Project project) {
            this.project = project;
            return this;
        }

        /** The value {@code issue.getCustomFieldValue(field)} answers: what the issue will store. */
        public IssueBuilder value(CustomField field, Object value) {
            values.put(field, value);
            return this;
        }

        public MutableIssue build() {
            MutableIssue issue = mock(MutableIssue.class, "issue " + key);
            when(issue.getId()).thenReturn(id);
            when(issue.getKey()).thenReturn(id == null ? null : key);
            when(issue.getIssueType()).thenReturn(type);
            when(issue.getSummary()).thenReturn(summary);
            when(issue.getProjectObject()).thenReturn(project);
            Long projectId = project == null ? null : project.getId();
            when(issue.getProjectId()).thenReturn(projectId);
            when(issue.getCustomFieldValue(any())).thenAnswer(call -> values.get(call.<CustomField>getArgument(0)));
            return issue;
        }
    }
}
