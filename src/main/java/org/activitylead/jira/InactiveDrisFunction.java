package org.activitylead.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Objects;

/**
 * The JQL function {@code inactiveDris()}: {@code "DRI" in inactiveDris()} finds the issues whose DRI has been
 * deactivated, as ScriptRunner users find them with {@code inactiveUsers()}. It answers with the username of every
 * deactivated user: Jira resolves a user field's values as usernames, and the DRI's index holds the key each resolves
 * to (docs/host-contract.md). Nothing is kept between queries (one search of Jira's users per query), so every node
 * answers the same. A user deleted from the directory is no user any more and is not listed; the DRI field shows such
 * a key as "Unknown user".
 */
public class InactiveDrisFunction extends AbstractJqlFunction {

    /** Enough for any site's leavers, far below the clause limit of Jira's index (tens of thousands). */
    static final int MAX_USERS = 10_000;

    private final UserSearchService users;

    public InactiveDrisFunction(@JiraImport UserSearchService users) {
        this.users = users;
    }

    /** Takes no argument; Jira's own message otherwise. */
    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        return validateNumberOfArgs(operand, 0);
    }

    /**
     * Every deactivated user, whoever searches: the issues found are still only those the searcher may browse. The
     * permission to browse users is not checked, as for Jira's own functions of users.
     */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        UserSearchParams inactive = UserSearchParams.builder().allowEmptyQuery(true).includeActive(false).includeInactive(true)
                .ignorePermissionCheck(true).maxResults(MAX_USERS).build();
        return users.findUsers("", inactive).stream()
                .filter(user -> !user.isActive())
                .map(ApplicationUser::getUsername)
                .filter(Objects::nonNull)
                .map(username -> new QueryLiteral(operand, username))
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.USER;
    }
}
