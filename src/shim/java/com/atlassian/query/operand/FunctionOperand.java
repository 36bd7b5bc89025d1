package com.atlassian.query.operand;

import java.util.List;

/**
 * Compile-only shim: a function call in JQL, with its arguments. https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html
 * (public final class implementing Operand); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: the other constructors and members but getName and getArgs.
 */
public final class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, String... args) {
        this.name = name;
        this.args = List.of(args);
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
