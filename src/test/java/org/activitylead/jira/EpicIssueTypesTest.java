package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraIssues.issueType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.greenhopper.api.issuetype.ManagedIssueTypesService;
import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

/**
 * Which issues are epics. Without Jira Software, the shim's ComponentAccessor throws, which stands for "Jira Software
 * is not installed"; a subclass answering {@code jiraSoftwareEpicTypeId()} stands for an installed Jira Software.
 */
class EpicIssueTypesTest {

    private static Issue issueOfType(IssueType type) {
        Issue issue = mock(Issue.class);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }

    /** Jira Software installed, with this id for its epic issue type. */
    private static EpicIssueTypes withJiraSoftwareEpicType(String id) {
        return new EpicIssueTypes() {
            @Override
            Optional<String> jiraSoftwareEpicTypeId() {
                return Optional.of(id);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"Epic", "epic", "EPIC", " Epic "})
    void withoutJiraSoftwareTheTypeNamedEpicIsTheEpicTypeWhateverItsCase(String name) {
        assertThat(new EpicIssueTypes().isEpic(issueOfType(issueType("10000", name)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Story", "Epics", "Epic Story", "\u0415pic", "Ep\u200Bic", ""})
    void withoutJiraSoftwareNoOtherNameIsAnEpic(String name) {
        assertThat(new EpicIssueTypes().isEpic(issueOfType(issueType("10000", name)))).isFalse();
    }

    @Test
    void withJiraSoftwareItsEpicTypeIdDecidesNotTheName() {
        EpicIssueTypes epics = withJiraSoftwareEpicType("10000");

        assertThat(epics.isEpic(issueOfType(issueType("10000", "Initiative")))).isTrue();
        assertThat(epics.isEpic(issueOfType(issueType("10005", "Epic")))).isFalse();
    }

    @Test
    void noIssueOrNoTypeIsNoEpic() {
        assertThat(new EpicIssueTypes().isEpic(null)).isFalse();
        assertThat(new EpicIssueTypes().isEpic(issueOfType(null))).isFalse();
        assertThat(new EpicIssueTypes().isEpic(issueOfType(issueType("10000", null)))).isFalse();
        assertThat(withJiraSoftwareEpicType("10000").isEpic(issueOfType(null))).isFalse();
    }

    @Test
    void findsNoJiraSoftwareWhenComponentAccessorFails() {
        assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).isEmpty();
    }

    @Test
    void asksJiraSoftwareForItsEpicTypeWhenItIsThere() {
        ManagedIssueTypesService service = mock(ManagedIssueTypesService.class);
        ServiceOutcome<IssueType> outcome = outcome(true, issueType("10400", "Epic"));
        when(service.getEpicIssueType()).thenReturn(outcome);

        try (MockedStatic<ComponentAccessor> accessor = mockStatic(ComponentAccessor.class)) {
            accessor.when(() -> ComponentAccessor.getOSGiComponentInstanceOfType(ManagedIssueTypesService.class)).thenReturn(service);

            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).contains("10400");
            assertThat(new EpicIssueTypes().isEpic(issueOfType(issueType("10000", "Epic")))).isFalse();
        }
    }

    @Test
    void fallsBackToTheNameWhenJiraSoftwareDoesNotAnswer() {
        ManagedIssueTypesService service = mock(ManagedIssueTypesService.class);
        try (MockedStatic<ComponentAccessor> accessor = mockStatic(ComponentAccessor.class)) {
            accessor.when(() -> ComponentAccessor.getOSGiComponentInstanceOfType(ManagedIssueTypesService.class)).thenReturn(null);
            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).as("no service").isEmpty();

            accessor.when(() -> ComponentAccessor.getOSGiComponentInstanceOfType(ManagedIssueTypesService.class)).thenReturn(service);
            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).as("no outcome").isEmpty();

            ServiceOutcome<IssueType> invalid = outcome(false, issueType("10400", "Epic"));
            when(service.getEpicIssueType()).thenReturn(invalid);
            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).as("invalid outcome").isEmpty();

            ServiceOutcome<IssueType> empty = outcome(true, null);
            when(service.getEpicIssueType()).thenReturn(empty);
            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).as("no type").isEmpty();

            when(service.getEpicIssueType()).thenThrow(new NoClassDefFoundError("com/atlassian/greenhopper/api/issuetype/ManagedIssueTypesService"));
            assertThat(new EpicIssueTypes().jiraSoftwareEpicTypeId()).as("package gone").isEmpty();
            assertThat(new EpicIssueTypes().isEpic(issueOfType(issueType("10000", "Epic")))).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static ServiceOutcome<IssueType> outcome(boolean valid, IssueType type) {
        ServiceOutcome<IssueType> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(valid);
        when(outcome.get()).thenReturn(type);
        return outcome;
    }
}
