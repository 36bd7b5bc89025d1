package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.aStory;
import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.activitylead.core.dri.DriFieldView;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.ProfileLinkView;
import org.activitylead.testing.jira.FakeRequestCaches;
import org.activitylead.testing.jira.FieldParams;
import org.activitylead.testing.jira.JiraI18n;
import org.activitylead.testing.jira.JiraIssues;
import org.activitylead.testing.jira.JiraPermissions;
import org.activitylead.testing.jira.JiraUsers;
import org.activitylead.testing.jira.RecordedErrors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DRI field type on every write path Jira routes through a custom field type. Each {@link WritePath} submits the
 * values the way that path hands them to the type (see its javadoc for what is simulated, and what is assumed about
 * Jira), so every rule test runs once per path.
 */
class DriCFTypeTest {

    private static final String FIELD_ID = "customfield_10100";

    private static final String SEVERAL = "activity-lead.dri.error.several";
    private static final String NOT_A_USER = "activity-lead.dri.error.not-a-user";
    private static final String DEACTIVATED = "activity-lead.dri.error.deactivated";
    private static final String CANNOT_BROWSE = "activity-lead.dri.error.cannot-browse";
    private static final String REQUIRED = "activity-lead.dri.error.required";

    private final Jira jira = new Jira(Locale.ENGLISH, JiraUsers.of(
            aUser("alice").key("JIRAUSER10001").displayName("Alice Example"),
            aUser("bob").key("JIRAUSER10002").displayName("Bob Example"),
            aUser("gone").key("JIRAUSER10003").displayName("Gina Gone").deactivated(),
            aUser("outsider").key("JIRAUSER10004").displayName("Oscar Outsider")));

    /**
     * One Jira with the DRI field: project 10000 ("ACT") that alice, bob and gone may browse (outsider may not), the
     * epics ACT-1 and ACT-4, the story ACT-2, and the epic ACT-3 whose security level lets only alice see it.
     */
    static final class Jira {
        final Locale locale;
        final JiraUsers users;
        final JiraIssues issues = new JiraIssues();
        final Project project = issues.project(10000L);
        final CustomField field = mock(CustomField.class, "DRI field");
        final FieldConfig config = mock(FieldConfig.class);
        final MutableIssue epic = issues.add(anEpic("ACT-1").id(10001L).in(project));
        final MutableIssue story = issues.add(aStory("ACT-2").id(10002L).in(project));
        final MutableIssue secretEpic = issues.add(anEpic("ACT-3").id(10003L).in(project));
        final MutableIssue otherEpic = issues.add(anEpic("ACT-4").id(10004L).in(project));
        final JiraPermissions permissions = new JiraPermissions();
        final CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
        final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
        final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        /** Finds no scheme for the config unless a test sets the field's context: then epic detection decides. */
        final FieldConfigSchemeManager schemes = mock(FieldConfigSchemeManager.class);
        /** Jira's request caches: each write path's submit is one request. */
        final FakeRequestCaches requests = new FakeRequestCaches();
        final DriCFType type;

        Jira(Locale locale, JiraUsers users) {
            this.locale = locale;
            this.users = users;
            when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
            type = new DriCFType(persister, mock(GenericConfigManager.class), issues.issueManager(), issues.projectManager(),
                    applicationProperties, pageBuilder, schemes, new JiraDriDirectory(users.userManager(), permissions, RequestUsers.with(requests)), new EpicIssueTypes(),
                    JiraI18n.translations(locale));
            when(field.getId()).thenReturn(FIELD_ID);
            when(field.getName()).thenReturn("DRI");
            when(field.getCustomFieldType()).thenReturn(type);
            when(config.getCustomField()).thenReturn(field);
            for (String name : List.of("alice", "bob", "gone")) {
                if (hasUser(name)) {
                    permissions.browse(project, users.user(name));
                }
            }
            if (hasUser("alice")) {
                permissions.securityLevel(secretEpic, users.user("alice"));
            }
        }

        /** The field's context (the scheme of {@link #config}) is restricted to these issue types. */
        void restrictContextTo(String... issueTypeIds) {
            context(false, Arrays.asList(issueTypeIds));
        }

        /** The field's context covers all issue types, as Jira reports it (flag set, a null entry for "all"). */
        void contextForAllIssueTypes() {
            context(true, Collections.singletonList(null));
        }

        private void context(boolean allIssueTypes, List<String> issueTypeIds) {
            FieldConfigScheme scheme = mock(FieldConfigScheme.class);
            when(scheme.isAllIssueTypes()).thenReturn(allIssueTypes);
            when(scheme.getAssociatedIssueTypeIds()).thenReturn(issueTypeIds);
            when(schemes.getConfigSchemeForFieldConfig(config)).thenReturn(scheme);
        }

        boolean hasUser(String username) {
            return users.has(username);
        }

        UserManager userManager() {
            return users.userManager();
        }

        String text(String key) {
            return JiraI18n.text(locale, key);
        }

        FieldParams params(List<String> values) {
            return FieldParams.of(field).values(values);
        }

        /** What Jira does with parameters: validate, and when no error was added, convert and store. */
        Outcome validateAndStore(FieldParams params) {
            RecordedErrors errors = new RecordedErrors();
            type.validateFromParams(params, errors, config);
            if (!errors.all().isEmpty()) {
                return new Outcome(errors.all(), null);
            }
            ApplicationUser value = type.getValueFromCustomFieldParams(params);
            return new Outcome(List.of(), (String) type.getDbValueFromObject(value));
        }
    }

    /** What a write ended in: the errors shown to the user, or the database value stored. */
    record Outcome(List<RecordedErrors.Error> errors, String storedKey) {

        List<String> messages() {
            return errors.stream().map(RecordedErrors.Error::message).toList();
        }
    }

    /**
     * The paths that write the DRI through the field type. What each hands to the type is modelled on Jira's
     * {@code CustomFieldImpl.validateParams} as publicly documented and seen in older public source: the submitted
     * strings under the null key, plus the issue id (existing issue) or the project id (new issue) as strings. That
     * Jira 10/11 still does so on each path is assumed, not proven here.
     */
    enum WritePath {
        /** Create screen, and REST create through IssueService: no issue yet, only its project. */
        CREATE_SCREEN(true, true, false, 1) {
            @Override
            Outcome send(Jira jira, Issue target, List<String> values) {
                return jira.validateAndStore(jira.params(values).forCreateIn(target.getProjectObject()));
            }
        },
        /**
         * Edit screen, transition screens and REST edit (PUT issue, whose JSON value arrives as strings under the null
         * key): the existing issue's id and project. They submit the same parameters, so one path stands for them.
         */
        EDIT_SCREEN(true, true, true, 1) {
            @Override
            Outcome send(Jira jira, Issue target, List<String> values) {
                return jira.validateAndStore(jira.params(values).forIssue(target));
            }
        },
        /**
         * Bulk edit: one set of submitted values for every selected issue; Jira validates each issue on its own, with
         * a copy of the parameters carrying that issue's id. The target is validated among two other issues.
         */
        BULK_EDIT(true, true, true, 1) {
            @Override
            Outcome send(Jira jira, Issue target, List<String> values) {
                FieldParams shared = jira.params(values);
                Outcome outcome = null;
                for (Issue issue : List.of(jira.story, target, jira.otherEpic)) {
                    Outcome each = jira.validateAndStore(shared.copy().forIssue(issue));
                    if (issue == target) {
                        outcome = each;
                    }
                }
                return outcome;
            }
        },
        /**
         * REST, import and other string conversions: one string through {@code getSingularObjectFromString}. There is
         * no issue here, so the browse and required rules cannot apply (validateFromParams and the validator do).
         */
        REST_STRING(false, false, false, 1) {
            @Override
            Outcome send(Jira jira, Issue target, List<String> values) {
                assertThat(values).as("one string at most").hasSizeLessThanOrEqualTo(1);
                String value = values.isEmpty() ? null : values.get(0);
                try {
                    return new Outcome(List.of(), (String) jira.type.getDbValueFromObject(jira.type.getSingularObjectFromString(value)));
                } catch (FieldValidationException e) {
                    return new Outcome(List.of(new RecordedErrors.Error(null, e.getMessage(), null)), null);
                }
            }
        },
        /** Inline edit on the issue view: the same as the edit screen, with the one value of the inline field. */
        INLINE_EDIT(false, true, true, 1) {
            @Override
            Outcome send(Jira jira, Issue target, List<String> values) {
                return jira.validateAndStore(jira.params(Collections.singletonList(values.isEmpty() ? "" : values.get(0))).forIssue(target));
            }
        };

        /** Whether the path can carry a repeated parameter (several values under the null key). */
        final boolean repeatable;
        /** Whether the type learns the issue or project written, so the browse rule applies. */
        final boolean scoped;
        /** Whether the type learns the issue (and so its type), so the required-on-epics rule applies. */
        final boolean knowsTheIssue;
        /**
         * User-manager calls for one accepted write by username: one per request, however many calls Jira makes into
         * the type (validation, then conversion; bulk edit does both for each of its three issues), because the user
         * found first is held in Jira's request cache. Before the held user was carried in the verdict and the request
         * cache was used it was 4, 4, 12, 2 and 4.
         */
        final int userLookups;

        WritePath(boolean repeatable, boolean scoped, boolean knowsTheIssue, int userLookups) {
            this.repeatable = repeatable;
            this.scoped = scoped;
            this.knowsTheIssue = knowsTheIssue;
            this.userLookups = userLookups;
        }

        /** One submit is one request: what Jira's request caches held for the last one is gone. */
        final Outcome submit(Jira jira, Issue target, List<String> values) {
            jira.requests.endRequest();
            return send(jira, target, values);
        }

        abstract Outcome send(Jira jira, Issue target, List<String> values);

        Outcome submit(Jira jira, Issue target, String... values) {
            return submit(jira, target, Arrays.asList(values));
        }

        boolean reportsFieldErrors() {
            return this != REST_STRING;
        }
    }

    private void assertRejected(Jira jira, WritePath path, Outcome outcome, String messageKey) {
        assertThat(outcome.messages()).containsExactly(jira.text(messageKey));
        assertThat(outcome.storedKey()).isNull();
        if (path.reportsFieldErrors()) {
            assertThat(outcome.errors()).allSatisfy(error -> {
                assertThat(error.field()).isEqualTo(FIELD_ID);
                assertThat(error.reason()).isEqualTo(ErrorCollection.Reason.VALIDATION_FAILED);
            });
        }
    }

    private static void assertStored(Outcome outcome, String key) {
        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.storedKey()).isEqualTo(key);
    }

    // ---------------------------------------------------------------- exactly one value

    static Stream<Arguments> severalValues() {
        List<List<String>> shapes = List.of(
                List.of("alice,bob"),
                List.of("[\"alice\",\"bob\"]"),
                List.of("alice;bob"),
                List.of("alice\nbob"),
                List.of("alice", "bob"),
                List.of("alice", "alice"));
        return Stream.of(WritePath.values()).flatMap(path -> shapes.stream()
                .filter(shape -> path.repeatable || shape.size() == 1)
                .map(shape -> Arguments.of(path, shape)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("severalValues")
    void rejectsSeveralValuesInEveryShapeWithoutLookingAnyoneUp(WritePath path, List<String> values) {
        assertRejected(jira, path, path.submit(jira, jira.epic, values), SEVERAL);
        verify(jira.userManager(), never()).getUserByName(anyString());
        verify(jira.userManager(), never()).getUserByKey(anyString());
    }

    // ---------------------------------------------------------------- an existing, active user, exactly

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void acceptsOneActiveUserByUsernameAndStoresTheirKey(WritePath path) {
        assertStored(path.submit(jira, jira.epic, "alice"), "JIRAUSER10001");
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void looksTheDriUpOncePerRequestHoweverOftenJiraCallsTheType(WritePath path) {
        clearInvocations(jira.userManager());

        assertStored(path.submit(jira, jira.epic, "alice"), "JIRAUSER10001");

        assertThat(mockingDetails(jira.userManager()).getInvocations()).as("user-manager calls")
                .hasSize(path.userLookups)
                .allSatisfy(call -> assertThat(call.getMethod().getName()).isEqualTo("getUserByName"));
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void acceptsOneActiveUserByKey(WritePath path) {
        assertStored(path.submit(jira, jira.epic, "JIRAUSER10002"), "JIRAUSER10002");
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void trimsWhitespaceAroundAValidName(WritePath path) {
        assertStored(path.submit(jira, jira.epic, "  alice\t"), "JIRAUSER10001");
        assertStored(path.submit(jira, jira.epic, "\u2003bob "), "JIRAUSER10002");
    }

    static Stream<Arguments> notAUser() {
        List<String> values = List.of(
                "nobody",                      // no such user
                "JIRAUSER99999",               // no such key
                "\u0430lice",                  // Cyrillic a: looks like alice
                "\u0430\u0406ice",             // Cyrillic a and I
                "al\u200Bice",                 // zero-width space inside
                "alice\u200D",                 // zero-width joiner after
                "\uFEFFalice",                 // byte order mark before
                "\u202Eecila",                 // right-to-left override
                "alice\u00A0",                 // no-break space is not trimmed into a match
                "ALICE",                       // case variant: the exact fake does not resolve it
                "Alice",
                "alic",                        // prefix, no fuzzy matching
                "alice.example",
                "*",
                "jira-administrators",         // a group name
                "jira-software-users",
                "-1",                          // special values of Jira's pickers
                "none",
                "NONE",
                "null",
                "unassigned",
                "automatic",
                "[]",
                "123",                         // a JSON number, as REST hands it over
                "[\"alice\"]",                 // a JSON array is not parsed into its element
                "{\"name\":\"alice\"}");
        return Stream.of(WritePath.values()).flatMap(path -> values.stream().map(value -> Arguments.of(path, value)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notAUser")
    void rejectsAnythingThatIsNotExactlyAnExistingUser(WritePath path, String value) {
        assertRejected(jira, path, path.submit(jira, jira.epic, value), NOT_A_USER);
    }

    static Stream<Arguments> invisibleOrOversized() {
        List<String> values = List.of("al\u200Bice", "alice\u200D", "\uFEFFalice", "\u202Eecila", "al\u0000ice", "a".repeat(256));
        return Stream.of(WritePath.values()).flatMap(path -> values.stream().map(value -> Arguments.of(path, value)));
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("invisibleOrOversized")
    void refusesInvisibleCharactersAndOversizedTextBeforeAskingJira(WritePath path, String value) {
        assertRejected(jira, path, path.submit(jira, jira.epic, value), NOT_A_USER);
        verifyNoInteractions(jira.userManager());
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void resolvesACaseVariantOnlyWhenJirasUserManagerDoes(WritePath path) {
        Jira caseInsensitive = new Jira(Locale.ENGLISH, JiraUsers.of(aUser("alice").key("JIRAUSER10001")).namesIgnoringCase());

        assertStored(path.submit(caseInsensitive, caseInsensitive.epic, "ALICE"), "JIRAUSER10001");
        assertRejected(caseInsensitive, path, path.submit(caseInsensitive, caseInsensitive.epic, "jiraUSER10001"), NOT_A_USER);
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void rejectsADeactivatedUserByUsernameOrKey(WritePath path) {
        assertRejected(jira, path, path.submit(jira, jira.epic, "gone"), DEACTIVATED);
        assertRejected(jira, path, path.submit(jira, jira.epic, "JIRAUSER10003"), DEACTIVATED);
    }

    // ---------------------------------------------------------------- a DRI who can browse

    /** The paths that carry an issue or its project; on the others the workflow validator checks browse permission. */
    static Stream<WritePath> scopedPaths() {
        return Stream.of(WritePath.values()).filter(path -> path.scoped);
    }

    /** The paths that carry an existing issue, not only a project. */
    static Stream<WritePath> pathsThatKnowTheIssue() {
        return Stream.of(WritePath.values()).filter(path -> path.knowsTheIssue);
    }

    @ParameterizedTest
    @MethodSource("scopedPaths")
    void rejectsADriWhoCannotBrowseTheProject(WritePath path) {
        assertRejected(jira, path, path.submit(jira, jira.epic, "outsider"), CANNOT_BROWSE);
    }

    @ParameterizedTest
    @MethodSource("pathsThatKnowTheIssue")
    void rejectsADriWhomTheIssueSecurityLevelHidesTheEpicFrom(WritePath path) {
        assertRejected(jira, path, path.submit(jira, jira.secretEpic, "bob"), CANNOT_BROWSE);
        assertStored(path.submit(jira, jira.secretEpic, "alice"), "JIRAUSER10001");
        assertThat(jira.permissions.questions()).contains("issue ACT-3 JIRAUSER10002", "issue ACT-3 JIRAUSER10001")
                .noneMatch(question -> question.startsWith("project"));
    }

    @Test
    void checksTheProjectOnCreateBecauseTheIssueDoesNotExistYet() {
        assertStored(WritePath.CREATE_SCREEN.submit(jira, jira.secretEpic, "bob"), "JIRAUSER10002");
        assertRejected(jira, WritePath.CREATE_SCREEN, WritePath.CREATE_SCREEN.submit(jira, jira.secretEpic, "outsider"), CANNOT_BROWSE);
        assertThat(jira.permissions.questions()).containsExactly("project 10000 JIRAUSER10002", "project 10000 JIRAUSER10004");
    }

    @Test
    void leavesTheBrowseCheckToTheValidatorWhenJiraNamesNeitherIssueNorProject() {
        assertStored(jira.validateAndStore(jira.params(List.of("outsider"))), "JIRAUSER10004");
        assertThat(jira.permissions.questions()).isEmpty();
    }

    @Test
    void usesTheProjectWhenTheIssueIdIsNotOneJiraKnows() {
        FieldParams params = jira.params(List.of("outsider")).put(FieldParams.ISSUE_ID, "not-a-number")
                .put(FieldParams.PROJECT_ID, " 10000 ");

        assertThat(jira.validateAndStore(params).messages()).containsExactly(jira.text(CANNOT_BROWSE));
        assertThat(jira.permissions.questions()).containsExactly("project 10000 JIRAUSER10004");
    }

    // ---------------------------------------------------------------- required on epics, optional elsewhere

    static Stream<Arguments> blankValues() {
        List<List<String>> blanks = List.of(List.of(), List.of(""), List.of("   "), List.of("", ""), Arrays.asList((String) null));
        return Stream.of(WritePath.values()).flatMap(path -> blanks.stream()
                .filter(blank -> path.repeatable || blank.size() <= 1)
                .map(blank -> Arguments.of(path, blank)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValues")
    void requiresADriOnAnEpicWhereverTheIssueIsKnown(WritePath path, List<String> blank) {
        Outcome outcome = path.submit(jira, jira.epic, blank);

        if (path.knowsTheIssue) {
            assertRejected(jira, path, outcome, REQUIRED);
        } else {
            // Create and string conversion do not know the issue type: the workflow validator on Create decides
            // (DriValidatorTest), so the field alone lets an empty value through here.
            assertStored(outcome, null);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValues")
    void leavesTheDriOptionalOnOtherIssueTypes(WritePath path, List<String> blank) {
        assertStored(path.submit(jira, jira.story, blank), null);
    }

    // ---------------------------------------------------------------- the field's context is the list of issue types

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValues")
    void requiresADriOnCreateAndEditWhenTheContextIsRestrictedToEpics(WritePath path, List<String> blank) {
        jira.restrictContextTo(JiraIssues.EPIC_TYPE_ID);

        Outcome outcome = path.submit(jira, jira.epic, blank);

        if (path.reportsFieldErrors()) {
            // Jira validates with the configuration relevant to the new issue, so on create a restricted context
            // means the issue is of a listed type: required, even though the issue type itself is not named.
            assertRejected(jira, path, outcome, REQUIRED);
        } else {
            assertStored(outcome, null);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValues")
    void requiresADriOnEveryListedTypeEvenIfItIsNoEpic(WritePath path, List<String> blank) {
        jira.restrictContextTo(JiraIssues.STORY_TYPE_ID, "10099");

        Outcome outcome = path.submit(jira, jira.story, blank);

        if (path.reportsFieldErrors()) {
            assertRejected(jira, path, outcome, REQUIRED);
        } else {
            assertStored(outcome, null);
        }
    }

    /** On create, the configuration Jira hands over is already the one for the new issue's type. */
    static Stream<Arguments> blankValuesOnPathsThatKnowTheIssue() {
        return blankValues().filter(arguments -> ((WritePath) arguments.get()[0]).knowsTheIssue);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValuesOnPathsThatKnowTheIssue")
    void leavesTheDriOptionalOnAnExistingIssueWhoseTypeIsOutsideTheRestrictedContext(WritePath path, List<String> blank) {
        jira.restrictContextTo(JiraIssues.STORY_TYPE_ID);

        assertStored(path.submit(jira, jira.epic, blank), null);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("blankValues")
    void fallsBackToEpicDetectionWhenTheContextCoversAllIssueTypes(WritePath path, List<String> blank) {
        jira.contextForAllIssueTypes();

        Outcome onEpic = path.submit(jira, jira.epic, blank);

        if (path.knowsTheIssue) {
            assertRejected(jira, path, onEpic, REQUIRED);
        } else {
            assertStored(onEpic, null);
        }
        assertStored(path.submit(jira, jira.story, blank), null);
    }

    @Test
    void asksJiraForTheSchemeOfTheConfigurationItValidatesWith() {
        jira.restrictContextTo(JiraIssues.EPIC_TYPE_ID);

        WritePath.CREATE_SCREEN.submit(jira, jira.epic, "alice");

        verify(jira.schemes).getConfigSchemeForFieldConfig(jira.config);
    }

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void appliesEveryOtherRuleToStoriesToo(WritePath path) {
        assertRejected(jira, path, path.submit(jira, jira.story, "gone"), DEACTIVATED);
        assertStored(path.submit(jira, jira.story, "bob"), "JIRAUSER10002");
    }

    @Test
    void storesTheUserItValidatedEvenWhenABlankRepeatedValueComesFirst() {
        for (WritePath path : List.of(WritePath.CREATE_SCREEN, WritePath.EDIT_SCREEN, WritePath.BULK_EDIT)) {
            assertStored(path.submit(jira, jira.epic, "", "alice"), "JIRAUSER10001");
            assertStored(path.submit(jira, jira.epic, null, " bob "), "JIRAUSER10002");
        }
    }

    // ---------------------------------------------------------------- bulk edit

    @Test
    void validatesEachIssueOfABulkEditOnItsOwn() {
        FieldParams shared = jira.params(List.of("bob"));

        List<Outcome> outcomes = Stream.of(jira.epic, jira.story, jira.secretEpic, jira.otherEpic)
                .map(issue -> jira.validateAndStore(shared.copy().forIssue(issue))).toList();

        assertThat(outcomes).extracting(Outcome::storedKey).containsExactly("JIRAUSER10002", "JIRAUSER10002", null, "JIRAUSER10002");
        assertThat(outcomes.get(2).messages()).containsExactly(jira.text(CANNOT_BROWSE));
        assertThat(jira.permissions.questions())
                .containsExactly("issue ACT-1 JIRAUSER10002", "issue ACT-2 JIRAUSER10002", "issue ACT-3 JIRAUSER10002", "issue ACT-4 JIRAUSER10002");
    }

    @Test
    void aBulkEditThatLeavesTheValueBlankFailsOnEveryEpicAndClearsOnlyOtherTypes() {
        FieldParams shared = jira.params(List.of(""));

        List<Outcome> outcomes = Stream.of(jira.epic, jira.story, jira.otherEpic)
                .map(issue -> jira.validateAndStore(shared.copy().forIssue(issue))).toList();

        assertThat(outcomes.get(0).messages()).containsExactly(jira.text(REQUIRED));
        assertStored(outcomes.get(1), null);
        assertThat(outcomes.get(2).messages()).containsExactly(jira.text(REQUIRED));
    }

    // ---------------------------------------------------------------- translated messages that never echo input

    static Stream<Arguments> localesOnEveryPath() {
        return Stream.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH)
                .flatMap(locale -> Stream.of(WritePath.values()).map(path -> Arguments.of(path, locale)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("localesOnEveryPath")
    void translatesEveryMessageIntoTheUsersLanguage(WritePath path, Locale locale) {
        Jira translated = new Jira(locale, JiraUsers.of(
                aUser("alice").key("JIRAUSER10001"), aUser("gone").key("JIRAUSER10003").deactivated(), aUser("outsider")));
        Map<String, List<String>> cases = Map.of(
                SEVERAL, List.of("alice,gone"),
                NOT_A_USER, List.of("nobody"),
                DEACTIVATED, List.of("gone"),
                CANNOT_BROWSE, List.of("outsider"),
                REQUIRED, List.of(""));

        cases.forEach((key, values) -> {
            boolean applies = switch (key) {
                case CANNOT_BROWSE -> path.scoped;
                case REQUIRED -> path.knowsTheIssue;
                default -> true;
            };
            if (applies) {
                assertRejected(translated, path, path.submit(translated, translated.epic, values), key);
            }
        });
        if (!locale.equals(Locale.ENGLISH)) {
            assertThat(translated.text(NOT_A_USER)).isNotEqualTo(JiraI18n.text(Locale.ENGLISH, NOT_A_USER)).isNotBlank();
        }
    }

    /** Shown by label: a failing assertion should not print a megabyte. */
    record Hostile(String label, String value) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> hostileInputs() {
        List<Hostile> inputs = List.of(
                new Hostile("img onerror", "<img src=x onerror=alert(1)>"),
                new Hostile("attribute breakout", "\"><img src=x onerror=alert(1)>"),
                new Hostile("script", "<script>alert(document.cookie)</script>"),
                new Hostile("single quote breakout", "x' onmouseover='alert(1)"),
                new Hostile("javascript url", "javascript:alert(1)"),
                new Hostile("velocity", "#set($x = 7 * 7)$x ${class}"),
                new Hostile("expression", "${7*7}%{7*7}#{16*8787}"),
                new Hostile("user then markup", "alice,<img src=x onerror=alert(1)>"),
                new Hostile("header injection", "alice\r\nSet-Cookie: a=b"),
                new Hostile("1 MB name", "a".repeat(1 << 20)),
                new Hostile("1 MB markup", "<img src=x onerror=alert(1)>".repeat((1 << 20) / 28)),
                new Hostile("key of 256", "k".repeat(256)));
        return Stream.of(WritePath.values()).flatMap(path -> inputs.stream().map(input -> Arguments.of(path, input)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileInputs")
    void neverEchoesWhatWasSubmitted(WritePath path, Hostile hostile) {
        Outcome outcome = path.submit(jira, jira.epic, hostile.value());

        assertThat(outcome.storedKey()).isNull();
        assertThat(outcome.messages()).hasSize(1).first()
                .isIn(jira.text(SEVERAL), jira.text(NOT_A_USER))
                .satisfies(message -> {
                    assertThat(message).doesNotContain("<", ">", "$", "{", "alert");
                    assertThat(message.contains(hostile.value().strip())).as("message echoes the input").isFalse();
                });
    }

    // ---------------------------------------------------------------- data integrity

    @Nested
    class DataIntegrity {

        private final ApplicationUser alice = jira.users.user("alice");

        @Test
        void nullMeansNoValueInEveryRepresentation() {
            assertThat(jira.type.getDbValueFromObject(null)).isNull();
            assertThat(jira.type.getStringFromSingularObject(null)).isNull();
            assertThat(jira.type.getObjectFromDbValue(null)).isNull();
            assertThat(jira.type.getSingularObjectFromString(null)).isNull();
            assertThat(jira.type.getSingularObjectFromString("")).isNull();
            assertThat(jira.type.getValueFromCustomFieldParams(null)).isNull();
            assertThat(jira.type.getValueFromCustomFieldParams(FieldParams.of(jira.field))).isNull();
            assertThat(jira.type.getChangelogValue(jira.field, null)).isNull();
            assertThat(jira.type.getChangelogString(jira.field, null)).isNull();
        }

        @Test
        void storesTheUserKeyAndShowsTheUsernameInForms() {
            assertThat(jira.type.getDbValueFromObject(alice)).isEqualTo("JIRAUSER10001");
            assertThat(jira.type.getStringFromSingularObject(alice)).isEqualTo("alice");
            assertThat(jira.type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_LIMITED_TEXT);
        }

        @Test
        void readsAStoredKeyAsThatUserAndNeverAsAUsername() {
            assertThat(jira.type.getObjectFromDbValue("JIRAUSER10001")).isSameAs(alice);
            assertThat(jira.type.getObjectFromDbValue("alice")).as("a username is not a stored key").isNull();

            verify(jira.userManager(), never()).getUserByName(any());
        }

        @Test
        void readsAnUnknownStoredKeyAsNoValueAndNeverAsAPlaceholder() {
            assertThat(jira.type.getObjectFromDbValue("JIRAUSER99999")).isNull();

            verify(jira.userManager()).getUserByKey("JIRAUSER99999");
            verifyNoMoreInteractions(jira.userManager());
        }

        @Test
        void neverAsksJiraForAPlaceholderUser() throws IOException, URISyntaxException {
            assertThat(Arrays.stream(UserManager.class.getMethods()).map(Method::getName))
                    .noneMatch(name -> name.contains("EvenWhenUnknown"));
            Path classes = Path.of(DriCFType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve("org/activitylead"))) {
                List<Path> callers = files.filter(file -> file.toString().endsWith(".class"))
                        .filter(file -> contains(file, "EvenWhenUnknown")).toList();
                assertThat(callers).as("production classes naming an EvenWhenUnknown method").isEmpty();
            }
        }

        private static boolean contains(Path file, String text) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Test
        void historyKeepsTheKeyAndShowsTheDisplayName() {
            assertThat(jira.type.getChangelogValue(jira.field, alice)).isEqualTo("JIRAUSER10001");
            assertThat(jira.type.getChangelogString(jira.field, alice)).isEqualTo("Alice Example");
        }

        /**
         * When an epic moves to a project or issue type outside the field's context, Jira calls
         * {@code removeValueFromIssueObject}, which calls {@code updateValue(field, issue, null)}; Jira's
         * {@code AbstractSingleFieldType.updateValue} stores {@code [getDbValueFromObject(null)]}. So the DRI is
         * cleared, never replaced by a made-up value; the README documents it, and the validator refuses the epic on
         * its next checked transition.
         * (Jira's side is read from public documentation and older public source, not run here.)
         */
        @Test
        void movingAnEpicOutOfTheFieldsContextClearsTheDri() {
            assertThat(jira.type.getDbValueFromObject(null)).isNull();
        }

        @Test
        void convertsAStringWithTheSameRulesAsTheForm() {
            assertThat(jira.type.getSingularObjectFromString(" alice ")).isSameAs(alice);
            assertThatThrownBy(() -> jira.type.getSingularObjectFromString("gone"))
                    .isInstanceOf(FieldValidationException.class).hasMessage(jira.text(DEACTIVATED));
            assertThatThrownBy(() -> jira.type.getValueFromCustomFieldParams(jira.params(List.of("alice", "bob"))))
                    .isInstanceOf(FieldValidationException.class).hasMessage(jira.text(SEVERAL));
        }
    }

    // ---------------------------------------------------------------- the view model and the edit round trip

    @Nested
    class Views {

        private final FieldLayoutItem layout = mock(FieldLayoutItem.class);

        private DriFieldView view(Jira on, Issue issue, List<Object> stored) {
            when(on.persister.getValues(on.field, issue.getId(), PersistenceFieldType.TYPE_LIMITED_TEXT)).thenReturn(stored);
            Map<String, Object> parameters = on.type.getVelocityParameters(issue, on.field, layout);
            return (DriFieldView) parameters.get("dri");
        }

        @Test
        void buildsTheViewFromTheStoredKeyWithOneReadAndOneLookup() {
            DriFieldView view = view(jira, jira.epic, List.of("JIRAUSER10001"));

            assertThat(view.fieldIdHtml()).isEqualTo(FIELD_ID);
            assertThat(view.suggestionsIdHtml()).isEqualTo(FIELD_ID + "-suggestions");
            assertThat(view.dri()).isEqualTo(new PersonView("activity-lead-person",
                    new ProfileLinkView("user-hover", "/jira/secure/ViewProfile.jspa?name=alice", "alice", null),
                    "/jira/secure/useravatar?size=xsmall&amp;ownerId=JIRAUSER10001", "Alice Example", null));
            assertThat(view.usernameHtml()).isEqualTo("alice");
            verify(jira.persister, times(1)).getValues(any(), any(), any());
            verify(jira.userManager(), times(1)).getUserByKey("JIRAUSER10001");
            verifyNoMoreInteractions(jira.userManager(), jira.persister);
        }

        /**
         * Every render of the field (view, column, edit, with or without an issue) requires the autocomplete script:
         * its web-resource has no context, so this is the only way it reaches the page, and only where the field is.
         */
        @Test
        void requiresTheAutocompleteScriptForEveryRender() {
            view(jira, jira.epic, List.of("JIRAUSER10001"));
            jira.type.getVelocityParameters(null, jira.field, layout);

            verify(jira.pageBuilder.assembler().resources(), times(2)).requireWebResource(DriCFType.WEB_RESOURCE);
            verify(jira.pageBuilder.assembler().resources(), times(2)).requireWebResource(anyString());
        }

        @Test
        void requiresNothingOutsideRendering() {
            jira.validateAndStore(jira.params(List.of("alice")).forIssue(jira.epic));

            verify(jira.pageBuilder.assembler().resources(), never()).requireWebResource(anyString());
        }

        @Test
        void marksADeactivatedDri() {
            DriFieldView view = view(jira, jira.epic, List.of("JIRAUSER10003"));

            assertThat(view.dri().cssClasses()).isEqualTo("activity-lead-person activity-lead-person-deactivated");
            assertThat(view.dri().displayNameHtml()).isEqualTo("Gina Gone");
            assertThat(view.dri().stateHtml()).isEqualTo("(inactive)");
        }

        @Test
        void showsAnUnknownStoredKeyAsSuchEncoded() {
            DriFieldView view = view(jira, jira.epic, List.of("JIRAUSER99999"));

            assertThat(view.dri().cssClasses()).isEqualTo("activity-lead-person activity-lead-person-unknown");
            assertThat(view.dri().link()).isNull();
            assertThat(view.dri().displayNameHtml()).isEqualTo("Unknown user");
            assertThat(view.dri().stateHtml()).isEqualTo("(user key JIRAUSER99999)");
            assertThat(view.usernameHtml()).isNull();

            DriFieldView hostile = view(jira, jira.story, List.of("\"><img src=x onerror=alert(1)>"));
            assertThat(hostile.dri().stateHtml()).isEqualTo("(user key &#34;&gt;&lt;img src=x onerror=alert(1)&gt;)");
        }

        @Test
        void showsNoneWithoutAStoredValue() {
            assertThat(view(jira, jira.epic, List.of()).dri()).isNull();
            assertThat(view(jira, jira.story, null).dri()).isNull();
            assertThat(view(jira, jira.otherEpic, Arrays.asList((Object) null)).noneHtml()).isEqualTo("None");
            verifyNoInteractions(jira.userManager());
        }

        @Test
        void readsNothingForAnIssueBeingCreated() {
            MutableIssue unsaved = jira.issues.add(anEpic("new").unsaved().in(jira.project));

            DriFieldView view = (DriFieldView) jira.type.getVelocityParameters(unsaved, jira.field, layout).get("dri");

            assertThat(view.dri()).isNull();
            assertThat(view.usernameHtml()).isNull();
            verifyNoInteractions(jira.persister, jira.userManager());
        }

        @Test
        void speaksTheViewersLanguage() {
            Jira german = new Jira(Locale.GERMAN, JiraUsers.of(aUser("gone").key("JIRAUSER10003").deactivated()));

            assertThat(view(german, german.epic, List.of("JIRAUSER10003")).dri().stateHtml()).isEqualTo("(inaktiv)");
            assertThat(view(german, german.story, List.of()).noneHtml()).isEqualTo("Keiner");
        }

        @Test
        void aFullEditSendsTheStoredDriBackAndKeepsIt() {
            String formValue = view(jira, jira.epic, List.of("JIRAUSER10001")).valueHtml(null);

            for (WritePath path : WritePath.values()) {
                assertStored(path.submit(jira, jira.epic, formValue), "JIRAUSER10001");
            }
        }

        /**
         * Jira keeps a user's key when the user is renamed, and gives a later user who takes the old name a new key.
         * The form shows usernames, so sending the form back must keep the DRI who has that username now, not hand
         * the epic to the renamed user whose key happens to be that text.
         */
        @Test
        void aFullEditKeepsTheDriWhenARenamedUsersKeyEqualsTheDrisUsername() {
            Jira renamed = new Jira(Locale.ENGLISH, JiraUsers.of(
                    aUser("alice.smith").key("alice").displayName("Alice Smith (renamed)"),
                    aUser("alice").key("JIRAUSER10100").displayName("Alice New")));
            renamed.permissions.browse(renamed.project, renamed.users.user("alice.smith"), renamed.users.user("alice"));

            String formValue = view(renamed, renamed.epic, List.of("JIRAUSER10100")).valueHtml(null);

            assertThat(formValue).isEqualTo("alice");
            for (WritePath path : WritePath.values()) {
                assertStored(path.submit(renamed, renamed.epic, formValue), "JIRAUSER10100");
            }
        }
    }

    @Test
    void addsTheErrorToTheFieldOfTheConfig() {
        RecordedErrors errors = new RecordedErrors();

        jira.type.validateFromParams(jira.params(List.of("nobody")).forIssue(jira.epic), errors, jira.config);

        assertThat(errors.all()).containsExactly(
                new RecordedErrors.Error(FIELD_ID, jira.text(NOT_A_USER), ErrorCollection.Reason.VALIDATION_FAILED));
    }
}
