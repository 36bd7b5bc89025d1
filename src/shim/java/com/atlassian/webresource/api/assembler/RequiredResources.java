package com.atlassian.webresource.api.assembler;

/**
 * Compile-only shim, called only: the one-argument requireWebResource, which returns the same type for
 * chaining (the ResourcePhase overloads and the other require and exclude methods are left out).
 * No javadoc of the webresource library was found; checked against its public source (webresource API 6.1.1, read
 * only) in https://github.com/ngannk-fptu/Decompiled-Files and named as a type on
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
