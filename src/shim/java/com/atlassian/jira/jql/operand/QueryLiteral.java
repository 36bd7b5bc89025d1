package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Compile-only shim, made by the app: one value a JQL function returns, with the function's operand as its source.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/QueryLiteral.html (class); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out:
 * the other constructors and getters but getStringValue.
 */
public class QueryLiteral {

    private final Operand sourceOperand;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.stringValue = stringValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
