package com.atlassian.jira.web.action;

/**
 * Compile-only shim: the base of Jira's web actions (webwork1), with its public no-argument constructor.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/action/JiraWebActionSupport.java
 * In Jira it extends JiraActionSupport and webwork's ActionSupport, which declares execute() (validation, then
 * doExecute()) and doExecute(); they are declared here instead, as the app overrides doExecute() only. Left out:
 * the servlet accessors (javax in Jira 10, jakarta in 11) and every other member (not used).
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
}
