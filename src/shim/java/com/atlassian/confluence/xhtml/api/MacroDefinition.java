package com.atlassian.confluence.xhtml.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compile-only shim of a public class: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/MacroDefinition.java
 * A user parameter reads as the user's current username in {@link #getParameters()}; in
 * {@link #getTypedParameters()} it is a user resource identifier, or a list of them when it names several (host
 * contract). The small bodies, written for this project, let tests build definitions; the host's class is the one
 * loaded at run time. Left out: every other member.
 */
public class MacroDefinition {

    private final String name;
    private final Map<String, String> parameters;
    private final Map<String, Object> typedParameters;

    MacroDefinition(MacroDefinitionBuilder builder) {
        this.name = builder.getName();
        this.parameters = new HashMap<>(builder.getParameters());
        this.typedParameters = new HashMap<>(builder.getTypedParameters());
    }

    public static MacroDefinitionBuilder builder(String macroName) {
        return new MacroDefinitionBuilder().withName(macroName);
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    /** A copy, as the host's is. */
    public Map<String, Object> getTypedParameters() {
        return new LinkedHashMap<>(typedParameters);
    }

    /** A null value removes the parameter, as the host's does. */
    public void setTypedParameter(String name, Object value) {
        if (value == null) {
            typedParameters.remove(name);
        } else {
            typedParameters.put(name, value);
        }
    }
}
