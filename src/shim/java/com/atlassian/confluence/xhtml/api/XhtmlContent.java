package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;

/**
 * Compile-only shim; the app only calls it. Imported as an OSGi service (host contract).
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/XhtmlContent.java; the same methods in the 9.3.2 javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/xhtml/api/XhtmlContent.html
 * Left out: every other method.
 */
public interface XhtmlContent {

    void handleMacroDefinitions(String storageFragment, ConversionContext context, MacroDefinitionHandler handler)
            throws XhtmlException;

    /** The fragment with each macro replaced by what the updater answers for it. */
    String updateMacroDefinitions(String storageFragment, ConversionContext context, MacroDefinitionUpdater updater)
            throws XhtmlException;
}
