package com.atlassian.sal.api;

/**
 * Compile-only shim (SAL), written from the public javadoc:
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/UrlMode.html
 */
public enum UrlMode {
    ABSOLUTE, RELATIVE, CANONICAL, RELATIVE_CANONICAL, AUTO
}
