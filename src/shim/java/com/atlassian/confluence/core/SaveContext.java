package com.atlassian.confluence.core;

/** Compile-only shim, passed through only: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/SaveContext.java (interface). Left out: every method. */
public interface SaveContext {
}
