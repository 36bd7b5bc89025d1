package com.atlassian.webresource.api.assembler;

/**
 * Compile-only shim, called only: assembler() (seed(WebResourceAssembler) is left out). No javadoc of
 * atlassian-plugins-webresource was found; Confluence's javadoc shows this exact type injected into
 * its own services:
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
