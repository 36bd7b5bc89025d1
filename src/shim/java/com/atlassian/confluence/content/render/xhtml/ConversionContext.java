package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 */
public interface ConversionContext {

    /** One of the lower-case values of {@code ConversionContextOutputType}: display, preview, pdf, word, email... */
    String getOutputType();
}
