package com.atlassian.confluence.core;

/**
 * Compile-only shim: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/DefaultSaveContext.java (public class). DEFAULT is the host's ordinary save: the acting
 * user becomes the last modifier, notifications and events as for any edit. The value here is a stand-in for tests;
 * the field is read from the host's class at run time. Left out: every other member.
 */
public class DefaultSaveContext implements SaveContext {

    public static final SaveContext DEFAULT = new DefaultSaveContext();

    private DefaultSaveContext() {
    }
}
