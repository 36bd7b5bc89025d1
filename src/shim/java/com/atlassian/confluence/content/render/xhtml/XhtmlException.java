package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only shim of a checked exception. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/XhtmlException.java (public class extending
 * Exception). The app never throws it; tests' stand-ins of the host do, with the message constructor. Left out: the
 * other constructors.
 */
public class XhtmlException extends Exception {

    private static final long serialVersionUID = 1L;

    public XhtmlException(String message) {
        super(message);
    }
}
