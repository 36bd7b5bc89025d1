package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

/**
 * Compile-only shim, extended by the app: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * (public abstract class, implicit no-argument constructor, no injected services); Jira 6.3.15 source (turgaycelik/mysource, jira-project/jira-components/jira-api). It implements init,
 * getFunctionName and isList from the module descriptor (fname, list) and offers validateNumberOfArgs, whose
 * message is Jira's own translated text. Left out: getModuleDescriptor() and getI18n(), which the app does not call.
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    private volatile JqlFunctionModuleDescriptor moduleDescriptor;

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        this.moduleDescriptor = moduleDescriptor;
    }

    @Override
    public String getFunctionName() {
        return moduleDescriptor.getFunctionName();
    }

    @Override
    public boolean isList() {
        return moduleDescriptor.isList();
    }

    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
