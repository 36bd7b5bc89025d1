package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.activitylead.testing.FakeClusterLocks;
import org.activitylead.testing.FakePluginSettings;
import org.activitylead.testing.jira.FieldParams;
import org.activitylead.testing.jira.JiraI18n;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraPermissions;
import org.activitylead.testing.jira.JiraUsers;
import org.activitylead.testing.jira.RecordedErrors;

/**
 * One Jira for DRI reassignment, stand-ins at the host seam only: issues, stored DRI values, users, permissions, SAL
 * settings, cluster locks and an issue service that does what Jira's does with the parameters it is given: it asks
 * the real DRI field type to validate them for the issue, and stores only what validation accepted. The app's own
 * classes (the field type, the directory, the job, the handovers) are the real ones.
 *
 * <p>Project ACT: admin and the project administrator pa may edit; admin, alice, bob and pa may browse. Project OPS:
 * only admin may browse and edit. Alice is deactivated; outsider may browse nothing.
 */
public final class DriHandovers {

    public static final long FIELD_ID = 10100L;

    final JiraUsers users;
    final JiraIssues issues = new JiraIssues();
    final Project act = JiraIssues.aProject(10000L, "ACT", "Activities");
    final Project ops = JiraIssues.aProject(10010L, "OPS", "Operations");
    final JiraPermissions permissions = new JiraPermissions();
    final Map<Long, String> stored = new LinkedHashMap<>();
    final CustomField field = mock(CustomField.class, "DRI field");
    final FieldConfig config = mock(FieldConfig.class);
    final Issues issueService = new Issues();
    final FakePluginSettings settings = new FakePluginSettings();
    final FakeClusterLocks locks = new FakeClusterLocks();
    final SchedulerService scheduler = mock(SchedulerService.class);
    final Locale locale;
    final Authentication authentication;
    final DriHandoverSettings ledger = new DriHandoverSettings(settings, settings);
    final JiraDriDirectory directory;
    final JiraDriIssues driIssues;
    final JiraIssueHandovers handovers;
    final DriHandoverJob job;
    private final DriCFType type;

    public DriHandovers() {
        this(Locale.ENGLISH);
    }

    public DriHandovers(Locale locale) {
        this(locale, "Alice Martin", "Bob Lee");
    }

    /** With these display names for Alice (the leaver) and Bob (the successor). */
    public DriHandovers(Locale locale, String aliceName, String bobName) {
        this.locale = locale;
        this.users = JiraUsers.of(
                aUser("admin").key("JIRAUSER10000").displayName("Ada Admin"),
                aUser("alice").key("JIRAUSER10001").displayName(aliceName).deactivated(),
                aUser("bob").key("JIRAUSER10002").displayName(bobName),
                aUser("outsider").key("JIRAUSER10004").displayName("Oscar Outsider"),
                aUser("pa").key("JIRAUSER10005").displayName("Pat Projectadmin"));
        this.directory = new JiraDriDirectory(users.userManager(), permissions, RequestUsers.with(null));
        this.authentication = new Authentication(locale);
        ApplicationUser admin = users.user("admin");
        ApplicationUser pa = users.user("pa");
        permissions.browse(act, admin, users.user("alice"), users.user("bob"), pa).edit(act, admin, pa).administer(act, pa);
        permissions.browse(ops, admin).edit(ops, admin);
        CustomFieldValuePersister values = mock(CustomFieldValuePersister.class);
        when(values.getValues(eq(field), anyLong(), any())).thenAnswer(call -> {
            String value = stored.get(call.<Long>getArgument(1));
            return value == null ? List.of() : List.<Object>of(value);
        });
        when(values.getIssueIdsWithValue(eq(field), any(), any())).thenAnswer(call -> stored.entrySet().stream()
                .filter(entry -> entry.getValue().equals(call.getArgument(2))).map(Map.Entry::getKey).collect(Collectors.toSet()));
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        FieldConfigSchemeManager schemes = mock(FieldConfigSchemeManager.class);
        type = new DriCFType(values, mock(GenericConfigManager.class), issues.issueManager(), issues.projectManager(), properties,
                mock(PageBuilderService.class, RETURNS_DEEP_STUBS), schemes, directory, new EpicIssueTypes(), JiraI18n.translations(locale));
        when(field.getId()).thenReturn("customfield_" + FIELD_ID);
        when(field.getIdAsLong()).thenReturn(FIELD_ID);
        when(field.getName()).thenReturn("DRI");
        when(field.getCustomFieldType()).thenReturn(type);
        when(field.getRelevantConfig(any())).thenReturn(config);
        when(config.getCustomField()).thenReturn(field);
        CustomFieldManager fields = mock(CustomFieldManager.class);
        when(fields.getCustomFieldObjects()).thenReturn(List.of(field));
        driIssues = new JiraDriIssues(mock(SearchService.class), fields, values, schemes, new EpicIssueTypes(), issues.issueManager());
        handovers = new JiraIssueHandovers(authentication, issues.issueManager(), issueService, permissions, driIssues);
        job = new DriHandoverJob(scheduler, locks, authentication, ledger, directory, handovers, driIssues);
    }

    /** An epic whose DRI field stores this user key (null: no value). */
    MutableIssue epic(long id, String key, Project project, String driKey) {
        if (driKey != null) {
            stored.put(id, driKey);
        }
        return issues.add(anEpic(key).id(id).summary("Epic " + key).in(project));
    }

    /** Epics ACT-1 to ACT-n, ids 20001 on, each with Alice as its DRI. */
    DriHandovers alicesEpics(int count) {
        for (int i = 1; i <= count; i++) {
            epic(20_000L + i, "ACT-" + i, act, key("alice"));
        }
        return this;
    }

    String key(String username) {
        return users.user(username).getKey();
    }

    ApplicationUser user(String username) {
        return users.user(username);
    }

    /** Jira's user on this thread, as the job and the screens set and read it. */
    static final class Authentication implements JiraAuthenticationContext {
        private final JiraAuthenticationContext i18n;
        private ApplicationUser user;

        Authentication(Locale locale) {
            this.i18n = JiraI18n.authenticationContext(locale);
        }

        @Override
        public I18nHelper getI18nHelper() {
            return i18n.getI18nHelper();
        }

        @Override
        public ApplicationUser getLoggedInUser() {
            return user;
        }

        @Override
        public void setLoggedInUser(ApplicationUser user) {
            this.user = user;
        }
    }

    /**
     * Jira's issue service as the app uses it: validateUpdate hands the DRI values to the field type's validation,
     * with the issue's id as Jira adds it, and update stores what it accepted, converted by the field type. Records
     * every issue validated and updated, and as whom.
     */
    final class Issues implements IssueService {
        final List<Long> validated = new ArrayList<>();
        final List<Long> updated = new ArrayList<>();
        final List<String> actedAs = new ArrayList<>();
        final List<Parameters> sent = new ArrayList<>();
        private final Map<IssueService.UpdateValidationResult, Parameters> accepted = new IdentityHashMap<>();
        private final Set<Long> failing = new HashSet<>();
        private LongPredicate crash = id -> false;
        private RuntimeException broken;

        /** Jira's update of this issue reports an error instead of saving. */
        void failsToSave(long issueId) {
            failing.add(issueId);
        }

        /** The node dies (an error nothing in the app catches) when it is about to update an issue that matches. */
        void crashesBefore(LongPredicate issueIds) {
            this.crash = issueIds;
        }

        /** Every validation throws this, as a broken host would. */
        void breaks(RuntimeException failure) {
            this.broken = failure;
        }

        @Override
        public IssueInputParameters newIssueInputParameters() {
            return new Parameters();
        }

        @Override
        public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters input) {
            if (broken != null) {
                throw broken;
            }
            validated.add(issueId);
            actedAs.add(user.getUsername());
            Parameters parameters = (Parameters) input;
            sent.add(parameters);
            MutableIssue issue = issues.issueManager().getIssueObject(issueId);
            RecordedErrors errors = new RecordedErrors();
            type.validateFromParams(parameters.params(issue, field), errors, config);
            UpdateValidationResult result = new UpdateValidationResult(issue, errors, Map.of());
            accepted.put(result, parameters);
            return result;
        }

        @Override
        public IssueResult update(ApplicationUser user, UpdateValidationResult validation) {
            MutableIssue issue = validation.getIssue();
            if (crash.test(issue.getId())) {
                throw new NodeDied();
            }
            RecordedErrors errors = new RecordedErrors();
            if (!validation.isValid() || failing.contains(issue.getId())) {
                errors.addErrorMessage("Jira could not save the issue.", ErrorCollection.Reason.SERVER_ERROR);
                return new IssueResult(issue, errors);
            }
            try {
                ApplicationUser dri = type.getValueFromCustomFieldParams(accepted.get(validation).params(issue, field));
                stored.put(issue.getId(), Objects.requireNonNull(dri).getKey());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            updated.add(issue.getId());
            return new IssueResult(issue);
        }
    }

    /** What a node dying mid-job looks like to the code running on it. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("the node died");
        }
    }

    /** The parameters the app hands Jira, as Jira's own implementation keeps them. */
    static final class Parameters implements IssueInputParameters {
        final Map<Long, List<String>> customFields = new HashMap<>();
        boolean skipScreenCheck;
        boolean retainExistingValues;
        boolean onlyValidatePresentFields;

        @Override
        public IssueInputParameters addCustomFieldValue(Long customFieldId, String... values) {
            customFields.put(customFieldId, List.of(values));
            return this;
        }

        @Override
        public void setSkipScreenCheck(boolean skipScreenCheck) {
            this.skipScreenCheck = skipScreenCheck;
        }

        @Override
        public void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues, boolean onlyValidatePresentFields) {
            this.retainExistingValues = retainExistingValues;
            this.onlyValidatePresentFields = onlyValidatePresentFields;
        }

        /** The DRI field's parameters for this issue, as Jira builds them for the field type on edit. */
        FieldParams params(MutableIssue issue, CustomField field) {
            return FieldParams.of(field).values(customFields.getOrDefault(FIELD_ID, List.of())).forIssue(issue);
        }
    }
}
