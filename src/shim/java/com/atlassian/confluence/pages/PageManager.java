package com.atlassian.confluence.pages;

/**
 * Compile-only shim, called only: a subset of Confluence's page manager, whose super-interfaces are left out.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/pages/PageManager.html (interface); getAbstractPage(long) checked in the decompiled Confluence 8.7.2 tree
 * (ngannk-fptu/Decompiled-Files): the page or blog post with that content id, or null.
 */
public interface PageManager {

    AbstractPage getAbstractPage(long id);
}
