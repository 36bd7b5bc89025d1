package org.activitylead.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import org.junit.jupiter.api.Test;

class InactiveDrisFunctionTest {

    private final UserSearchService search = mock(UserSearchService.class);
    private final InactiveDrisFunction function = new InactiveDrisFunction(search);
    private final FunctionOperand operand = new FunctionOperand("inactiveDris");

    private static ApplicationUser user(String username, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(username);
        when(user.getKey()).thenReturn("JIRAUSER-" + username);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    private List<QueryLiteral> values() {
        return function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class));
    }

    @Test
    void answersWithTheUsernameOfEveryDeactivatedUserNeverTheKey() {
        List<ApplicationUser> found = List.of(user("alice", false), user("bob", false));
        when(search.findUsers(eq(""), any(UserSearchParams.class))).thenReturn(found);

        List<QueryLiteral> values = values();

        assertThat(values).extracting(QueryLiteral::getStringValue).containsExactly("alice", "bob");
        assertThat(values).extracting(QueryLiteral::getSourceOperand).containsOnly(operand);
    }

    @Test
    void leavesOutAnyActiveUserTheSearchReturns() {
        List<ApplicationUser> found = List.of(user("alice", false), user("carol", true));
        when(search.findUsers(eq(""), any(UserSearchParams.class))).thenReturn(found);

        assertThat(values()).extracting(QueryLiteral::getStringValue).containsExactly("alice");
    }

    @Test
    void leavesOutAUserWithoutAUsername() {
        List<ApplicationUser> found = List.of(user(null, false));
        when(search.findUsers(eq(""), any(UserSearchParams.class))).thenReturn(found);

        assertThat(values()).isEmpty();
    }

    @Test
    void isAListOfUsersTakingNoArgument() {
        JqlFunctionModuleDescriptor descriptor = mock(JqlFunctionModuleDescriptor.class);
        when(descriptor.getFunctionName()).thenReturn("inactiveDris");
        when(descriptor.isList()).thenReturn(true);
        function.init(descriptor);

        assertThat(function.getDataType()).isSameAs(JiraDataTypes.USER);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
        assertThat(function.getFunctionName()).isEqualTo("inactiveDris");
        assertThat(function.isList()).isTrue();
    }
}
