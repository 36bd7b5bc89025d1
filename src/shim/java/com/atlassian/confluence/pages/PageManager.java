package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

/**
 * Compile-only shim, called only: a subset of Confluence's page manager.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/pages/PageManager.html (interface extending ContentEntityManager); getAbstractPage(long) checked in the decompiled Confluence 8.7.2 tree
 * (ngannk-fptu/Decompiled-Files): the page or blog post with that content id, or null.
 */
public interface PageManager extends ContentEntityManager {

    AbstractPage getAbstractPage(long id);
}
