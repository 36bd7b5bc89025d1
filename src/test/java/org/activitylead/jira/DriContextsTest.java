package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.aStory;
import static org.activitylead.testing.jira.JiraIssues.anEpic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import java.util.Arrays;
import java.util.Optional;
import org.activitylead.testing.jira.JiraIssues;
import org.junit.jupiter.api.Test;

class DriContextsTest {

    private final FieldConfigSchemeManager schemes = mock(FieldConfigSchemeManager.class);
    private final FieldConfig config = mock(FieldConfig.class);
    /** Jira's epic type is the one named Epic here: no Jira Software. */
    private final EpicIssueTypes epics = new EpicIssueTypes() {
        @Override
        Optional<String> jiraSoftwareEpicTypeId() {
            return Optional.empty();
        }
    };

    @Test
    void readsTheIssueTypesOfARestrictedContext() {
        context(false, JiraIssues.STORY_TYPE_ID);

        assertThat(DriContexts.issueTypeIds(schemes, config)).containsExactly(JiraIssues.STORY_TYPE_ID);
        assertThat(DriContexts.required(schemes, config, aStory("ACT-2").id(2).build(), epics)).isTrue();
        assertThat(DriContexts.required(schemes, config, anEpic("ACT-1").id(1).build(), epics)).isFalse();
    }

    @Test
    void takesAContextForAllIssueTypesOrNoKnownSchemeForEpicsOnly() {
        context(true, JiraIssues.STORY_TYPE_ID);

        assertThat(DriContexts.issueTypeIds(schemes, config)).isEmpty();
        assertThat(DriContexts.issueTypeIds(schemes, null)).isEmpty();
        assertThat(DriContexts.issueTypeIds(null, config)).isEmpty();
        assertThat(DriContexts.required(schemes, config, anEpic("ACT-1").id(1).build(), epics)).isTrue();
        assertThat(DriContexts.required(schemes, null, aStory("ACT-2").id(2).build(), epics)).isFalse();
    }

    @Test
    void requiresADriOnCreateUnderARestrictedContextOnly() {
        context(false, JiraIssues.STORY_TYPE_ID);

        assertThat(DriContexts.required(schemes, config, null, epics)).isTrue();
        assertThat(DriContexts.required(schemes, null, null, epics)).isFalse();
    }

    @Test
    void requiresNothingOfAnIssueWhoseTypeCannotBeRead() {
        context(false, JiraIssues.STORY_TYPE_ID);
        MutableIssue untyped = aStory("ACT-3").id(3).build();
        when(untyped.getIssueType()).thenReturn(null);

        assertThat(DriContexts.required(schemes, config, untyped, epics)).isFalse();
    }

    @Test
    void readsASchemeWithoutTypesAsAllIssueTypes() {
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.isAllIssueTypes()).thenReturn(false);
        when(scheme.getAssociatedIssueTypeIds()).thenReturn(null);
        when(schemes.getConfigSchemeForFieldConfig(config)).thenReturn(scheme);

        assertThat(DriContexts.issueTypeIds(schemes, config)).isEmpty();
    }

    private void context(boolean allIssueTypes, String... issueTypeIds) {
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.isAllIssueTypes()).thenReturn(allIssueTypes);
        when(scheme.getAssociatedIssueTypeIds()).thenReturn(Arrays.asList(issueTypeIds));
        when(schemes.getConfigSchemeForFieldConfig(config)).thenReturn(scheme);
    }
}
