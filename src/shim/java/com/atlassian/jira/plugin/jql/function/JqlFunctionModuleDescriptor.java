package com.atlassian.jira.plugin.jql.function;

/**
 * Compile-only shim: the jql-function module's descriptor, handed to JqlFunction.init.
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html
 * (interface since Jira 4.3); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). Left out: its super-interface JiraResourcedModuleDescriptor.
 */
public interface JqlFunctionModuleDescriptor {

    String getFunctionName();

    boolean isList();
}
