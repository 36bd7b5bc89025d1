package com.atlassian.webresource.api.assembler;

/**
 * Compile-only shim, called only: the one-argument requireWebResource, which returns the same type for
 * chaining (the ResourcePhase overloads and the other require and exclude methods are left out).
 * See PageBuilderService for why there is no javadoc link of this library; the README lists the source read.
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
