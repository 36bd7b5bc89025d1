package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.aProject;
import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.activitylead.testing.jira.FakeJiraSearch;
import org.activitylead.testing.jira.JiraI18n;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraPermissions;
import org.activitylead.testing.jira.JiraUsers;

/**
 * The DRI health screen's action over stand-ins at the host seam (Jira's search, fields, stored values, users and
 * permissions, SAL), in the states an administrator meets: for its tests, the template tests and the hostile suite.
 */
public final class DriHealthScreens {

    public static final long FIELD_ID = 10100L;
    public static final Project ACT = aProject(10000L, "ACT", "Activities");

    private final FakeJiraSearch search = new FakeJiraSearch();
    private final Map<Long, String> stored = new HashMap<>();
    private final JiraPermissions permissions = new JiraPermissions();
    private final CustomField field = mock(CustomField.class, "DRI field");
    private final com.atlassian.jira.issue.IssueManager issueManager = new JiraIssues().issueManager();
    private JiraUsers users = JiraUsers.of(aUser("admin").key("JIRAUSER10000"), aUser("alice").key("JIRAUSER10001").displayName("Alice Martin").deactivated());
    private final java.util.Set<Long> outOfContext = new java.util.HashSet<>();
    private boolean jiraAdministrator = true;
    private Project project = ACT;

    public DriHealthScreens() {
        FieldConfigScheme everyType = mock(FieldConfigScheme.class, "context for every type");
        when(everyType.isAllIssueTypes()).thenReturn(true);
        when(field.getCustomFieldType()).thenReturn(mock(DriCFType.class));
        when(field.getIdAsLong()).thenReturn(FIELD_ID);
        when(field.getConfigurationSchemes()).thenReturn(List.of(everyType));
        FieldConfig config = mock(FieldConfig.class);
        when(field.getRelevantConfig(any())).thenAnswer(call -> outOfContext.contains(call.<Issue>getArgument(0).getId()) ? null : config);
    }

    /** Jira says the field is not in this issue's context. */
    public DriHealthScreens outOfContext(long issueId) {
        outOfContext.add(issueId);
        return this;
    }

    /** A user Jira knows, by username. */
    public ApplicationUser user(String username) {
        return users.user(username);
    }

    public FakeJiraSearch search() {
        return search;
    }

    public JiraPermissions permissions() {
        return permissions;
    }

    /** The people Jira knows, in place of admin and Alice (deactivated). */
    public DriHealthScreens users(JiraUsers known) {
        this.users = known;
        return this;
    }

    /** The viewer is no Jira administrator (only what {@link #permissions()} grants). */
    public DriHealthScreens notJiraAdministrator() {
        this.jiraAdministrator = false;
        return this;
    }

    /** The epics made from now on are in this project instead of ACT. */
    public DriHealthScreens inProject(Project other) {
        this.project = other;
        return this;
    }

    /** An epic of ACT whose DRI field stores this key (null: nothing). */
    public Issue epic(long id, String key, String summary, String driKey) {
        if (driKey != null) {
            stored.put(id, driKey);
        }
        return new JiraIssues().add(anEpic(key).id(id).summary(summary).in(project));
    }

    /** The screen as the user with this username sees it, in this language. */
    public DriHealthAction as(String username, Locale locale) {
        ApplicationUser viewer = users.has(username) ? users.user(username) : null;
        JiraAuthenticationContext authentication = JiraI18n.authenticationContext(locale);
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        UserManager sal = mock(UserManager.class);
        UserKey key = viewer == null ? null : new UserKey(viewer.getKey());
        when(sal.getRemoteUserKey()).thenReturn(key);
        when(sal.isAdmin(any())).thenReturn(jiraAdministrator);
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        return new DriHealthAction(authentication, sal, permissions, issues(),
                new JiraDriDirectory(users.userManager(), permissions, RequestUsers.with(null)), new JiraTranslations(authentication), properties);
    }

    /** The search behind the screen, over the stand-ins. */
    public JiraDriIssues issues() {
        CustomFieldManager fields = mock(CustomFieldManager.class);
        when(fields.getCustomFieldObjects()).thenReturn(List.of(field));
        CustomFieldValuePersister values = mock(CustomFieldValuePersister.class);
        when(values.getValues(eq(field), anyLong(), any())).thenAnswer(call -> {
            String value = stored.get(call.<Long>getArgument(1));
            return value == null ? List.of() : List.<Object>of(value);
        });
        return new JiraDriIssues(search, fields, values, mock(FieldConfigSchemeManager.class), new EpicIssueTypes(), issueManager);
    }

    /** Alice deactivated is the DRI of ACT-1, a deleted user's key is stored on ACT-2, ACT-3 has no DRI. */
    public static DriHealthScreens leavers() {
        DriHealthScreens screens = new DriHealthScreens();
        screens.search.answering("inactiveDris()", screens.epic(1L, "ACT-1", "Launch plan", "JIRAUSER10001"))
                .answering("is EMPTY", screens.epic(2L, "ACT-2", "Pricing review", "JIRAUSER10400"),
                        screens.epic(3L, "ACT-3", "Onboarding", null));
        return screens;
    }

    /** Every state, together taking every branch of the template. */
    public static List<DriHealthAction> everyState(Locale locale) {
        DriHealthScreens many = new DriHealthScreens();
        many.search.answering("inactiveDris()", IntStream.rangeClosed(1, 3)
                .mapToObj(i -> many.epic(100L + i, "ACT-" + (100 + i), "Epic " + i, "JIRAUSER10001")).toArray(Issue[]::new)).totalOf(2500);
        DriHealthScreens odd = new DriHealthScreens();
        odd.search.answering("inactiveDris()", odd.epic(7L, "Odd 7", "", "JIRAUSER10001"))
                .answering("is EMPTY", odd.epic(8L, "Odd 8", "", null));
        DriHealthScreens broken = new DriHealthScreens();
        broken.search.failing();
        return List.of(leavers().as("admin", locale), odd.as("admin", locale), many.as("admin", locale), broken.as("admin", locale));
    }
}
