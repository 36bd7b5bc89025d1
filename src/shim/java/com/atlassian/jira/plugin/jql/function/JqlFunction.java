package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/**
 * Compile-only shim, implemented by the app through AbstractJqlFunction: a JQL function, one instance serving every
 * query (so it must be thread-safe). https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html
 * (interface); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api) (validate's first parameter was crowd's User there; ApplicationUser since 7.0 per the 7.x javadoc).
 */
public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
