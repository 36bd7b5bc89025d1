package com.atlassian.webresource.api.assembler;

/**
 * Compile-only shim, called only: resources() (assembled(), data() and copy() are left out).
 * See PageBuilderService for why there is no javadoc link of this library; the README lists the source read.
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
