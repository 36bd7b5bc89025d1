package com.atlassian.confluence.xhtml.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Compile-only shim of a public class, used by tests only: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/MacroDefinitionBuilder.java
 * The small bodies are written for this project. Left out: every other member.
 */
public class MacroDefinitionBuilder {

    private String name;
    private Map<String, String> parameters = new HashMap<>();
    private Map<String, Object> typedParameters = new HashMap<>();

    public MacroDefinitionBuilder withName(String name) {
        this.name = name;
        return this;
    }

    public MacroDefinitionBuilder withParameters(Map<String, String> parameters) {
        this.parameters = new HashMap<>(parameters);
        return this;
    }

    public MacroDefinitionBuilder withTypedParameters(Map<String, Object> typedParameters) {
        this.typedParameters = new HashMap<>(typedParameters);
        return this;
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public Map<String, Object> getTypedParameters() {
        return typedParameters;
    }

    public MacroDefinition build() {
        return new MacroDefinition(this);
    }
}
