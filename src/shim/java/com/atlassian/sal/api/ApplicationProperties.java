package com.atlassian.sal.api;

/**
 * Compile-only shim (SAL), called only: the one member the app uses. The no-argument getBaseUrl() is
 * deprecated since SAL 2.10, so it is left out on purpose.
 * https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/BambooApplicationProperties.html
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
