package com.atlassian.jira.security.xsrf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim: Jira's marker for a web action method (doExecute, or a command's doXxx) whose request must carry
 * a valid form token ("atl_token"); an annotation kept at run time, on methods only.
 * https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/xsrf/RequiresXsrfCheck.java
 * https://developer.atlassian.com/server/jira/platform/form-token-handling/
 * https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerConfigurationAction.java
 * (a plugin built against Jira 11.3.1 puts it on doExecute)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresXsrfCheck {
}
