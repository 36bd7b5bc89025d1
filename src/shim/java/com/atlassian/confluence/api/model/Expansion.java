package com.atlassian.confluence.api.model;

/**
 * Compile-only shim: what a search or finder loads beyond the index (here "space"). A dotted name is one name, not a
 * path.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/Expansion.java
 * (public class). Left out: the other constructor and every method.
 */
public class Expansion {

    public Expansion(String propertyName) {
    }
}
