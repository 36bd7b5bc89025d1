package com.atlassian.sal.api;

/**
 * Compile-only shim (SAL), only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/ApplicationProperties.html
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
