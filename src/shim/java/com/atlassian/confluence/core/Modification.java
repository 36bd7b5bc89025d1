package com.atlassian.confluence.core;

/** Compile-only shim of an interface the app implements: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/Modification.java (one method). */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
