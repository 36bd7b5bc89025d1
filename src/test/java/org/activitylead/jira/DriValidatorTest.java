package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.aStory;
import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.activitylead.testing.jira.JiraI18n;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraIssues.IssueBuilder;
import org.activitylead.testing.jira.JiraPermissions;
import org.activitylead.testing.jira.JiraUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow validator, fed the transient variables OSWorkflow hands every validator: "issue" is the issue as it
 * will be stored (on Create, not stored yet: no id). The DRI field is "in scope" when Jira's CustomFieldManager
 * lists it for the issue's project and type.
 */
class DriValidatorTest {

    private static final String FIELD_ID = "customfield_10100";

    private final JiraUsers users = JiraUsers.of(
            aUser("alice").key("JIRAUSER10001"),
            aUser("bob").key("JIRAUSER10002"),
            aUser("gone").key("JIRAUSER10003").deactivated(),
            aUser("outsider").key("JIRAUSER10004"));
    private final JiraIssues issues = new JiraIssues();
    private final Project project = issues.project(10000L);
    private final JiraPermissions permissions = new JiraPermissions()
            .browse(project, users.user("alice"), users.user("bob"), users.user("gone"));
    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    /** Finds no scheme unless a test restricts the field's context: then epic detection decides, as before. */
    private final FieldConfigSchemeManager schemes = mock(FieldConfigSchemeManager.class);
    private final CustomField driField = field(FIELD_ID, mock(DriCFType.class));
    private final CustomField otherField = field("customfield_10200", mock(CustomFieldType.class));

    private DriValidator validator(Locale locale) {
        return new DriValidator(customFieldManager, schemes, new JiraDriDirectory(users.userManager(), permissions, RequestUsers.with(null)), new EpicIssueTypes(),
                JiraI18n.translations(locale));
    }

    private final DriValidator validator = validator(Locale.ENGLISH);

    private static CustomField field(String id, CustomFieldType<?, ?> type) {
        CustomField field = mock(CustomField.class, id);
        when(field.getId()).thenReturn(id);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    /** The issue, with the DRI field in scope and holding this value (null: no DRI). */
    private MutableIssue withDri(IssueBuilder issue, Object dri) {
        MutableIssue built = issues.add(issue.in(project).value(driField, dri));
        when(customFieldManager.getCustomFieldObjects(built)).thenReturn(List.of(otherField, driField));
        return built;
    }

    private static Map<String, Object> transientVars(Object issue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        vars.put("originalissueobject", issue);
        vars.put("context", new Object());
        return vars;
    }

    private void validate(Issue issue) throws InvalidInputException {
        validator.validate(transientVars(issue), Map.of(), mock(PropertySet.class));
    }

    private InvalidInputException rejection(Validator on, Issue issue) {
        return catchThrowableOfType(() -> on.validate(transientVars(issue), Map.of(), mock(PropertySet.class)), InvalidInputException.class);
    }

    /** OSWorkflow 2.7 hands out raw collections: field id to message, and messages that belong to no field. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(InvalidInputException rejection) {
        return (Map<String, String>) rejection.getErrors();
    }

    @SuppressWarnings("unchecked")
    private static List<String> genericErrors(InvalidInputException rejection) {
        return (List<String>) rejection.getGenericErrors();
    }

    /** A generic error: a transition screen without the field would not show an error keyed to it. */
    private static void assertFieldError(InvalidInputException rejection, Locale locale, String key) {
        assertThat(rejection).as("InvalidInputException").isNotNull();
        assertThat(genericErrors(rejection)).containsExactly(JiraI18n.text(locale, key));
        assertThat(errors(rejection)).isEmpty();
    }

    @Test
    void passesAnEpicWithOneActiveDriWhoCanBrowseIt() {
        MutableIssue epic = withDri(anEpic("ACT-1").id(10001L), users.user("alice"));

        assertThatCode(() -> validate(epic)).doesNotThrowAnyException();
        assertThat(permissions.questions()).containsExactly("issue ACT-1 JIRAUSER10001");
    }

    @Test
    void rejectsAnEpicWithoutADri() {
        assertFieldError(rejection(validator, withDri(anEpic("ACT-1").id(10001L), null)), Locale.ENGLISH, "activity-lead.dri.error.required");
    }

    /** The DRI field's relevant configuration belongs to a context restricted to these issue types. */
    private void restrictContextTo(String... issueTypeIds) {
        FieldConfig config = mock(FieldConfig.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.isAllIssueTypes()).thenReturn(false);
        when(scheme.getAssociatedIssueTypeIds()).thenReturn(List.of(issueTypeIds));
        when(driField.getRelevantConfig(org.mockito.ArgumentMatchers.any())).thenReturn(config);
        when(schemes.getConfigSchemeForFieldConfig(config)).thenReturn(scheme);
    }

    @Test
    void requiresADriOnEveryIssueTypeOfARestrictedContextAndOnCreate() {
        restrictContextTo(JiraIssues.STORY_TYPE_ID);

        assertFieldError(rejection(validator, withDri(aStory("ACT-2").id(10002L), null)), Locale.ENGLISH, "activity-lead.dri.error.required");
        assertFieldError(rejection(validator, withDri(aStory("NEW").unsaved(), null)), Locale.ENGLISH, "activity-lead.dri.error.required");
    }

    @Test
    void leavesTheDriOptionalOnATypeOutsideARestrictedContext() {
        restrictContextTo(JiraIssues.STORY_TYPE_ID);

        assertThat(rejection(validator, withDri(anEpic("ACT-1").id(10001L), null))).isNull();
    }

    @Test
    void rejectsAnEpicWhoseDriWasDeactivated() {
        assertFieldError(rejection(validator, withDri(anEpic("ACT-1").id(10001L), users.user("gone"))), Locale.ENGLISH,
                "activity-lead.dri.error.deactivated");
    }

    /** The held user is checked as it is, never looked up again: Jira's permissions refuse a user it no longer has. */
    @Test
    void rejectsAnEpicWhoseDriNoLongerExistsBecauseTheyCannotBrowseIt() {
        ApplicationUser deleted = JiraUsers.of(aUser("deleted").key("JIRAUSER10999")).user("deleted");

        assertFieldError(rejection(validator, withDri(anEpic("ACT-1").id(10001L), deleted)), Locale.ENGLISH,
                "activity-lead.dri.error.cannot-browse");
        verifyNoInteractions(users.userManager());
    }

    @Test
    void rejectsAnEpicWhoseDriCannotBrowseTheProject() {
        assertFieldError(rejection(validator, withDri(anEpic("ACT-1").id(10001L), users.user("outsider"))), Locale.ENGLISH,
                "activity-lead.dri.error.cannot-browse");
    }

    @Test
    void rejectsAnEpicWhoseSecurityLevelHidesItFromTheDri() {
        MutableIssue epic = withDri(anEpic("ACT-3").id(10003L), users.user("bob"));
        permissions.securityLevel(epic, users.user("alice"));

        assertFieldError(rejection(validator, epic), Locale.ENGLISH, "activity-lead.dri.error.cannot-browse");
        assertThat(permissions.questions()).containsExactly("issue ACT-3 JIRAUSER10002");
    }

    @Test
    void checksTheProjectOnCreateBecauseTheIssueHasNoIdYet() {
        MutableIssue created = withDri(anEpic("new").unsaved(), users.user("bob"));
        MutableIssue createdWithOutsider = withDri(anEpic("new").unsaved(), users.user("outsider"));

        assertThatCode(() -> validate(created)).doesNotThrowAnyException();
        assertFieldError(rejection(validator, createdWithOutsider), Locale.ENGLISH, "activity-lead.dri.error.cannot-browse");
        assertThat(permissions.questions()).containsExactly("project 10000 JIRAUSER10002", "project 10000 JIRAUSER10004");
    }

    @Test
    void requiresADriWhenAnEpicIsCreatedWithoutTheFieldOnTheScreen() {
        assertFieldError(rejection(validator, withDri(anEpic("new").unsaved(), null)), Locale.ENGLISH, "activity-lead.dri.error.required");
    }

    @Test
    void rejectsAnEpicWithoutTheDriFieldInScopeNamingTheMissingField() {
        MutableIssue epic = issues.add(anEpic("ACT-1").id(10001L).in(project));
        when(customFieldManager.getCustomFieldObjects(epic)).thenReturn(List.of(otherField));

        InvalidInputException rejection = rejection(validator, epic);

        assertThat(rejection).isNotNull();
        assertThat(errors(rejection)).isEmpty();
        assertThat(genericErrors(rejection)).containsExactly(JiraI18n.text(Locale.ENGLISH, "activity-lead.dri.error.no-field"))
                .allSatisfy(message -> assertThat(message).contains("DRI"));
    }

    @Test
    void passesAStoryWithoutTheDriFieldInScope() {
        MutableIssue story = issues.add(aStory("ACT-2").id(10002L).in(project));
        when(customFieldManager.getCustomFieldObjects(story)).thenReturn(List.of(otherField));

        assertThatCode(() -> validate(story)).doesNotThrowAnyException();
    }

    @Test
    void passesAStoryWithoutADriButStillRejectsAnInvalidOne() {
        assertThatCode(() -> validate(withDri(aStory("ACT-2").id(10002L), null))).doesNotThrowAnyException();
        assertFieldError(rejection(validator, withDri(aStory("ACT-2").id(10002L), users.user("gone"))), Locale.ENGLISH,
                "activity-lead.dri.error.deactivated");
    }

    /**
     * Jira keeps a renamed user's key (here "alice") and gives a later user named "alice" a new key. The validator
     * must check the user the epic actually holds, whichever of the two it is.
     */
    @Test
    void checksTheUserTheEpicHoldsWhenAKeyEqualsSomeoneElsesUsername() {
        JiraUsers renamed = JiraUsers.of(
                aUser("alice.smith").key("alice").deactivated(),
                aUser("alice").key("JIRAUSER10100"));
        permissions.browse(project, renamed.user("alice.smith"), renamed.user("alice"));
        Validator onRenamed = new DriValidator(customFieldManager, schemes, new JiraDriDirectory(renamed.userManager(), permissions, RequestUsers.with(null)),
                new EpicIssueTypes(), JiraI18n.translations(Locale.ENGLISH));

        assertFieldError(rejection(onRenamed, withDri(anEpic("ACT-1").id(10001L), renamed.user("alice.smith"))), Locale.ENGLISH,
                "activity-lead.dri.error.deactivated");
        assertThat(rejection(onRenamed, withDri(anEpic("ACT-2").id(10002L), renamed.user("alice")))).isNull();
    }

    @Test
    void checksEveryDriFieldInScope() {
        CustomField secondDri = field("customfield_10300", mock(DriCFType.class));
        MutableIssue epic = issues.add(anEpic("ACT-1").id(10001L).in(project).value(driField, users.user("alice")));
        when(customFieldManager.getCustomFieldObjects(epic)).thenReturn(List.of(driField, secondDri));

        InvalidInputException rejection = rejection(validator, epic);

        // The first field holds an active DRI, so only the second can be the reason.
        assertFieldError(rejection, Locale.ENGLISH, "activity-lead.dri.error.required");
    }

    static Stream<Locale> locales() {
        return Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void translatesItsMessages(Locale locale) {
        Validator translated = validator(locale);
        MutableIssue noField = issues.add(anEpic("ACT-9").id(10009L).in(project));
        when(customFieldManager.getCustomFieldObjects(noField)).thenReturn(List.of());

        assertFieldError(rejection(translated, withDri(anEpic("ACT-1").id(10001L), null)), locale, "activity-lead.dri.error.required");
        assertFieldError(rejection(translated, withDri(anEpic("ACT-2").id(10002L), users.user("gone"))), locale,
                "activity-lead.dri.error.deactivated");
        assertThat(genericErrors(rejection(translated, noField)))
                .containsExactly(JiraI18n.text(locale, "activity-lead.dri.error.no-field"));
    }

    @Test
    void ignoresTransientVariablesWithoutAnIssue() throws InvalidInputException {
        validator.validate(null, Map.of(), null);
        validator.validate(Map.of(), Map.of(), null);
        validator.validate(Map.of("issue", "ACT-1"), Map.of(), null);
        validator.validate(Map.of("issue", 10001L, "originalissueobject", new Object()), Map.of(), null);

        verifyNoInteractions(customFieldManager);
        assertThat(permissions.questions()).isEmpty();
    }

    @Test
    void needsNoArguments() {
        MutableIssue epic = withDri(anEpic("ACT-1").id(10001L), users.user("alice"));

        assertThatCode(() -> validator.validate(transientVars(epic), null, null)).doesNotThrowAnyException();
    }
}
