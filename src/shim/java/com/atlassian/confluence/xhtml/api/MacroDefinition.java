package com.atlassian.confluence.xhtml.api;

import java.util.Map;

/**
 * Compile-only shim; the app only reads it. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/MacroDefinition.java (public class). A user parameter
 * reads as the user's current username (host contract). Left out: every other member.
 */
public class MacroDefinition {

    public String getName() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Map<String, String> getParameters() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
