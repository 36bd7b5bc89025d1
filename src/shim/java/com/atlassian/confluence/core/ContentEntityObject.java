package com.atlassian.confluence.core;

/**
 * Compile-only shim; the app only calls it. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityObject.java (public abstract class; getVersion() is
 * declared by its Versioned interface, https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/Versioned.java). Left out: the super-classes and every other member.
 */
public abstract class ContentEntityObject {

    public int getVersion() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public void setBodyAsString(String content) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public void setVersionComment(String versionComment) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
