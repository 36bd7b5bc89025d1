package com.atlassian.jira.security.request;

/**
 * Compile-only shim: the HTTP methods {@link SupportedMethods} names; only the constants the app uses are declared.
 * Same evidence as SupportedMethods (RequestMethod.GET, RequestMethod.POST and RequestMethod.PUT in plugins for
 * Jira 10.3 and 11.3).
 */
public enum RequestMethod {
    GET,
    POST
}
