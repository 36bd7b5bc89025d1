package com.atlassian.jira.web.action;

/**
 * Compile-only shim: the base of Jira's web actions (webwork1), with its public no-argument constructor.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/action/JiraWebActionSupport.java
 * In Jira it extends JiraActionSupport and webwork's ActionSupport, which declares execute() (validation, then
 * doExecute()) and doExecute(); they are declared here instead, as the app overrides doExecute() only.
 * getXsrfToken() and getRedirect(String): public, returning String, no checked exception, in the 6.3.15 source above;
 * getRedirect(String) is called from a webwork1 command method (doEdit, invoked by "WatcherFieldSettings!edit.jspa")
 * by a plugin built against Jira 10.3.0:
 * https://github.com/alanmosely/jira-watcher-field-plugin/blob/47ceeb1901a758f4951ebcf41e735a5f0521a470/src/main/java/com/burningcode/jira/plugin/WatcherFieldSettings.java
 * Left out: the servlet accessors (javax in Jira 10, jakarta in 11), the ErrorCollection super-interface and every
 * other member (not used).
 */
public class JiraWebActionSupport {

    /** Jira's global result for "you may not see this" (its permission-violation page). */
    public static final String PERMISSION_VIOLATION_RESULT = "permissionviolation";

    public JiraWebActionSupport() {
    }

    /** webwork's entry point. */
    public String execute() throws Exception {
        return doExecute();
    }

    /** webwork's own returns "success" (Action.SUCCESS). */
    protected String doExecute() throws Exception {
        return "success";
    }

    /**
     * The form token of the current request, to submit as the "atl_token" parameter. Jira makes one from the request;
     * this stand-in has no request and returns an empty string.
     */
    public String getXsrfToken() {
        return "";
    }

    /**
     * Redirects to the request's returnUrl if it is safe, otherwise to {@code defaultUrl} (context-relative when it
     * starts with '/'), and returns the result name. Jira answers "none" after sending the redirect, "error" when the
     * action has errors; this stand-in sends nothing and returns "none".
     */
    public String getRedirect(String defaultUrl) {
        return "none";
    }
}
