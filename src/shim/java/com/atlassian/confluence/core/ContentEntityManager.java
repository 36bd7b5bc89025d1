package com.atlassian.confluence.core;

/**
 * Compile-only shim, called only: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/ContentEntityManager.java (interface; the page manager extends it).
 * saveNewVersion keeps the current version as history, applies the modification and saves (in 8.7.2 through
 * DefaultContentEntityManager: clone, modify, saveContentEntity). Left out: every other method.
 */
public interface ContentEntityManager {

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);
}
