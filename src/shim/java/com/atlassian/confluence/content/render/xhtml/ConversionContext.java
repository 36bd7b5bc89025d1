package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only shim: the app only calls this interface, so it declares only the member it calls.
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * getSpaceKey(): https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.java
 */
public interface ConversionContext {

    /**
     * A plain String, not an enum: the lower-case value() of ConversionContextOutputType
     * (preview, display, word, pdf, html_export, feed, email, diff).
     */
    String getOutputType();

    /** The key of the space of the page being rendered. */
    String getSpaceKey();

    /** Shared by every macro of one render: how a panel learns that another panel came before it on the page. */
    Object getProperty(String name);

    void setProperty(String name, Object value);
}
