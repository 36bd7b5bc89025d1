package com.atlassian.confluence.core;

/**
 * Compile-only shim, extended by the app's administration action: the base of Confluence's Struts actions.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/core/ConfluenceActionSupport.html (class, public no-argument constructor; checked in the decompiled Confluence
 * 8.7.2 tree). Its real superclass is Struts' ActionSupport, which declares execute() and hasActionErrors(); the app
 * only overrides or calls them on its own class and never names that superclass, so it is left out here and the app's bytecode refers to no Struts type
 * (Struts' packages moved between versions). Left out: every method the app does not override.
 */
public class ConfluenceActionSupport {

    public String execute() throws Exception {
        return "success";
    }

    public boolean isPermitted() {
        return false;
    }

    public boolean hasActionErrors() {
        return false;
    }
}
