package com.atlassian.confluence.xhtml.api;

/**
 * Compile-only shim of an interface the app implements: one method, given each macro of a storage fragment and
 * answering the definition to write in its place.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/MacroDefinitionUpdater.java
 */
public interface MacroDefinitionUpdater {

    MacroDefinition update(MacroDefinition macroDefinition);
}
