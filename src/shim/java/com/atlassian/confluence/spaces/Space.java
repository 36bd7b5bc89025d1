package com.atlassian.confluence.spaces;

/**
 * Compile-only shim, passed on only (the target of a space permission check): https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/spaces/Space.java (public class).
 * Left out: the super-class and every member.
 */
public class Space {
}
