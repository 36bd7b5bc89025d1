package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.customfields.converters.UserConverter;
import com.atlassian.jira.issue.customfields.searchers.UserPickerGroupSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.jql.resolver.UserResolver;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.template.VelocityTemplatingEngine;
import com.atlassian.jira.user.UserFilterManager;
import com.atlassian.jira.user.UserHistoryManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.EmailFormatter;
import com.atlassian.jira.util.velocity.VelocityRequestContextFactory;
import com.atlassian.jira.web.FieldVisibilityManager;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class DriSearcherTest {

    @Test
    void takesTheComponentsJiraDoesNotExportFromJirasContainer() {
        List<Class<?>> asked = new ArrayList<>();
        try (MockedStatic<ComponentAccessor> jira = mockStatic(ComponentAccessor.class)) {
            jira.when(() -> ComponentAccessor.getComponent(any())).thenAnswer(call -> {
                Class<?> type = call.getArgument(0);
                asked.add(type);
                return mock(type);
            });

            assertThat(newSearcher()).isInstanceOf(UserPickerGroupSearcher.class);
        }
        assertThat(asked).containsExactly(UserConverter.class, UserResolver.class);
    }

    @Test
    void aComponentMissingFromJirasContainerFailsConstructionByName() {
        try (MockedStatic<ComponentAccessor> jira = mockStatic(ComponentAccessor.class)) {
            jira.when(() -> ComponentAccessor.getComponent(UserConverter.class)).thenReturn(mock(UserConverter.class));
            // UserResolver: the mock answers null, as Jira's ComponentAccessor does for a component it does not hold.

            assertThatThrownBy(DriSearcherTest::newSearcher)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(UserResolver.class.getName());
        }
    }

    @Test
    void overridesNothingSoIndexingAndJqlAreJirasOwn() {
        // Re-indexing costs what a user picker costs only while the searcher is Jira's, unchanged.
        assertThat(Arrays.stream(DriSearcher.class.getDeclaredMethods()))
                .allSatisfy(method -> assertThat(Modifier.isPrivate(method.getModifiers())).as(method.getName()).isTrue());
    }

    private static DriSearcher newSearcher() {
        return new DriSearcher(mock(JiraAuthenticationContext.class), mock(VelocityRequestContextFactory.class),
                mock(VelocityTemplatingEngine.class), mock(ApplicationProperties.class), mock(UserSearchService.class),
                mock(FieldVisibilityManager.class), mock(JqlOperandResolver.class), mock(UserManager.class),
                mock(CustomFieldInputHelper.class), mock(GroupManager.class), mock(PermissionManager.class),
                mock(UserHistoryManager.class), mock(UserFilterManager.class), mock(EmailFormatter.class));
    }
}
