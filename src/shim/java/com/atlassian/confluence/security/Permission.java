package com.atlassian.confluence.security;

/**
 * Compile-only shim: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/security/Permission.java (public abstract class with one constant per permission). The
 * values here are stand-ins that tests can tell apart; the fields are read from the host's class at run time. Left
 * out: every other member.
 */
public abstract class Permission {

    public static final Permission VIEW = new Permission() {
    };

    public static final Permission EDIT = new Permission() {
    };

    public static final Permission ADMINISTER = new Permission() {
    };
}
