package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.renderer.PageContext;

/**
 * Compile-only shim; the app only calls it.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/AbstractPage.java (public abstract class extending SpaceContentEntityObject). The methods are declared
 * higher up in the host ({@code getId()} on the entity object, {@code getBodyAsString()} and the final
 * {@code toPageContext()} on ContentEntityObject, {@code getSpaceKey()} on SpaceContentEntityObject:
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityObject.java, https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/SpaceContentEntityObject.java); a call on AbstractPage
 * resolves to them. Left out: SpaceContentEntityObject between the two classes, and every other member.
 */
public abstract class AbstractPage extends ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public PageContext toPageContext() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
