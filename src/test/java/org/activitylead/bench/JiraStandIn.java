package org.activitylead.bench;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.activitylead.jira.DriCFType;
import org.activitylead.jira.EpicIssueTypes;
import org.activitylead.jira.JiraDriDirectory;
import org.activitylead.jira.JiraTranslations;
import org.activitylead.jira.RequestUsers;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.jira.FieldParams;
import org.activitylead.velocity.VelocityTemplateRenderer;

/**
 * The DRI field type with Jira played by plain objects, no mocks: one epic (ACT-1) whose stored DRI is alice, a field
 * whose context is restricted to the Epic issue type (as the README recommends, so a DRI is required), users who may
 * all browse the project, English texts, and Jira's template rendering with parsed templates cached. So a benchmark
 * measures the field type and the template, and every host answer is already at hand.
 */
public final class JiraStandIn {

    private static final String FIELD_ID = "customfield_10100";
    private static final String VIEW_TEMPLATE = "templates/dri/view.vm";
    private static final String EPIC_TYPE_ID = "10000";

    private final ApplicationUser alice = new User("JIRAUSER10001", "alice", "Alice Example");
    private final ApplicationUser bob = new User("JIRAUSER10002", "bob", "Bob Example");
    private final Map<String, ApplicationUser> usersByKey = Map.of(alice.getKey(), alice, bob.getKey(), bob);
    private final Map<String, ApplicationUser> usersByName = Map.of(alice.getUsername(), alice, bob.getUsername(), bob);
    private final Project project = new Project() {
        @Override
        public Long getId() {
            return 10000L;
        }

        @Override
        public String getKey() {
            return "ACT";
        }

        @Override
        public String getName() {
            return "Activities";
        }
    };
    private final IssueType epicType = new IssueType() {
        @Override
        public String getId() {
            return EPIC_TYPE_ID;
        }

        @Override
        public String getName() {
            return "Epic";
        }
    };
    private final MutableIssue epic = new Epic();
    private final FieldConfig config = this::field;
    private final DriCFType type;
    private final CustomField field;
    private final VelocityTemplateRenderer velocity = VelocityTemplateRenderer.cachingTemplates(true);

    public JiraStandIn() {
        UserManager userManager = new UserManager() {
            @Override
            public ApplicationUser getUserByKey(String userKey) {
                return usersByKey.get(userKey);
            }

            @Override
            public ApplicationUser getUserByName(String userName) {
                return usersByName.get(userName);
            }
        };
        PermissionManager everyoneBrowses = new PermissionManager() {
            @Override
            public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
                return true;
            }

            @Override
            public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
                return true;
            }

            @Override
            public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
                return List.of(project);
            }
        };
        BundleTranslator english = BundleTranslator.english();
        I18nHelper i18n = new I18nHelper() {
            @Override
            public Locale getLocale() {
                return Locale.ENGLISH;
            }

            @Override
            public String getText(String key) {
                return english.pattern(key);
            }
        };
        type = new DriCFType(
                new CustomFieldValuePersister() {
                    @Override
                    public List<Object> getValues(CustomField customField, Long issueId, PersistenceFieldType persistenceType) {
                        return issueId.equals(epic.getId()) ? List.of(alice.getKey()) : List.of();
                    }

                    @Override
                    public Set<Long> getIssueIdsWithValue(CustomField customField, PersistenceFieldType persistenceType,
                            Object value) {
                        return alice.getKey().equals(value) ? Set.of(epic.getId()) : Set.of();
                    }
                },
                new com.atlassian.jira.issue.customfields.manager.GenericConfigManager() {
                },
                id -> id.equals(epic.getId()) ? epic : null,
                id -> id.equals(project.getId()) ? project : null,
                mode -> "/jira",
                () -> () -> key -> null,
                fieldConfig -> new EpicContext(),
                new JiraDriDirectory(userManager, everyoneBrowses, RequestUsers.with(null)),
                new EpicIssueTypes(),
                new JiraTranslations(new JiraAuthenticationContext() {
                    private ApplicationUser loggedIn = alice;

                    @Override
                    public I18nHelper getI18nHelper() {
                        return i18n;
                    }

                    @Override
                    public ApplicationUser getLoggedInUser() {
                        return loggedIn;
                    }

                    @Override
                    public void setLoggedInUser(ApplicationUser user) {
                        loggedIn = user;
                    }
                }));
        field = new Field();
    }

    /** What an edit of ACT-1 submits for the field: these values under the null key, and the issue's ids. */
    public FieldParams editOfTheEpic(String... submitted) {
        return FieldParams.of(field).values(submitted).forIssue(epic);
    }

    /** DriCFType's validation, as Jira runs it before storing an edit; returns the message it added, or null. */
    public String validate(FieldParams params) {
        LastError errors = new LastError();
        type.validateFromParams(params, errors, config);
        return errors.message;
    }

    /** What DriCFType hands the field's templates for the epic: the view model from the stored key. */
    public Map<String, Object> viewParametersOfTheEpic() {
        return type.getVelocityParameters(epic, field, null);
    }

    /** The issue view's cell for the field: the view model from the stored key, rendered by view.vm. */
    public String viewOfTheEpic() {
        StringWriter out = new StringWriter();
        try {
            velocity.render(VIEW_TEMPLATE, viewParametersOfTheEpic(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private CustomField field() {
        return field;
    }

    private record User(String getKey, String getUsername, String getDisplayName) implements ApplicationUser {
        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public String getName() {
            return getUsername;
        }
    }

    /** The field's context: restricted to the Epic issue type. */
    private static final class EpicContext implements FieldConfigScheme {
        @Override
        public boolean isAllIssueTypes() {
            return false;
        }

        @Override
        public Collection<String> getAssociatedIssueTypeIds() {
            return List.of(EPIC_TYPE_ID);
        }
    }

    private final class Epic implements MutableIssue {
        @Override
        public Long getId() {
            return 10001L;
        }

        @Override
        public String getKey() {
            return "ACT-1";
        }

        @Override
        public String getSummary() {
            return "Launch";
        }

        @Override
        public Project getProjectObject() {
            return project;
        }

        @Override
        public Long getProjectId() {
            return project.getId();
        }

        @Override
        public IssueType getIssueType() {
            return epicType;
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return null;
        }
    }

    private final class Field implements CustomField {
        @Override
        public String getId() {
            return FIELD_ID;
        }

        @Override
        public String getName() {
            return "DRI";
        }

        @Override
        @SuppressWarnings("rawtypes")
        public CustomFieldType getCustomFieldType() {
            return type;
        }

        @Override
        public FieldConfig getRelevantConfig(Issue issue) {
            return config;
        }

        @Override
        public Long getIdAsLong() {
            return 10100L;
        }

        @Override
        public List<FieldConfigScheme> getConfigurationSchemes() {
            return List.of(new EpicContext());
        }
    }

    private static final class LastError implements ErrorCollection {
        private final Map<String, String> fieldErrors = new LinkedHashMap<>();
        private final List<String> messages = new ArrayList<>();
        private String message;

        @Override
        public void addError(String field, String message, Reason reason) {
            fieldErrors.put(field, message);
            this.message = message;
        }

        @Override
        public void addErrorMessage(String message, Reason reason) {
            messages.add(message);
            this.message = message;
        }

        @Override
        public Map<String, String> getErrors() {
            return fieldErrors;
        }

        @Override
        public Collection<String> getErrorMessages() {
            return messages;
        }

        @Override
        public boolean hasAnyErrors() {
            return !fieldErrors.isEmpty() || !messages.isEmpty();
        }
    }
}
