package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.renderer.RenderContext;

/**
 * Compile-only shim; the app only constructs it, from a page's PageContext, as Confluence's own plugins do.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/DefaultConversionContext.java (public class implementing ConversionContext, constructor
 * {@code (RenderContext)}). Left out: the other constructor and every method but the one ConversionContext declares here.
 */
public class DefaultConversionContext implements ConversionContext {

    public DefaultConversionContext(RenderContext renderContext) {
    }

    @Override
    public String getOutputType() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public String getSpaceKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public Object getProperty(String name) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public void setProperty(String name, Object value) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
