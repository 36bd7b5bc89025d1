package com.atlassian.sal.api;

/**
 * Compile-only shim (SAL): all five constants, in the host's declaration order (so ordinal() and
 * values() agree with the real enum).
 * https://docs.atlassian.com/atlassian-confluence/6.6.0/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
 */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
