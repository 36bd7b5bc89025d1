package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only shim: the app only calls this interface, so it declares only the member it calls.
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 */
public interface ConversionContext {

    /**
     * A plain String, not an enum: the lower-case value() of ConversionContextOutputType
     * (preview, display, word, pdf, html_export, feed, email, diff).
     */
    String getOutputType();
}
