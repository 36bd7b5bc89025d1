package com.atlassian.webresource.api.assembler;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/atlassian-plugins-webresource/6.0.0/atlassian-plugins-webresource-api/apidocs/com/atlassian/webresource/api/assembler/WebResourceAssembler.html
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
