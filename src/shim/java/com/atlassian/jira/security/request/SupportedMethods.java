package com.atlassian.jira.security.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim: the HTTP methods Jira lets reach a web action, on the action class or on one of its do-methods
 * (a command); a request with another method is refused before the action runs. Kept at run time.
 * Plugins built against Jira 10.3 and 11.3 use it on both (no Jira 10 javadoc page was found):
 * https://github.com/alanmosely/jira-watcher-field-plugin (PullRequestAdminAction, class level, with jakarta.inject)
 * https://github.com/codescape/jira-scrum-poker (action methods)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SupportedMethods {

    RequestMethod[] value();
}
