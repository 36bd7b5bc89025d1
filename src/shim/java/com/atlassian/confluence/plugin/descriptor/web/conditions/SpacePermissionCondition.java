package com.atlassian.confluence.plugin.descriptor.web.conditions;

/**
 * Compile-only shim, named only in atlassian-plugin.xml (a web-item's condition, with the parameter "permission"):
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/plugin/descriptor/web/conditions/SpacePermissionCondition.java (public class, implicit public no-argument
 * constructor; its super-class BasePermissionCondition reads "permission" with Permission.forName). Confluence builds
 * conditions of this package with its own container, not the plugin's (https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/plugin/descriptor/web/ConfluenceWebFragmentHelper.java).
 * Left out: the super-classes and every member.
 */
public class SpacePermissionCondition {
}
