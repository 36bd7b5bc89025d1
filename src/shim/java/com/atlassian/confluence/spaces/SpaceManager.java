package com.atlassian.confluence.spaces;

/**
 * Compile-only shim, called only: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/spaces/SpaceManager.java (interface, imported as an OSGi service), and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.2.4/com/atlassian/confluence/spaces/SpaceManager.html.
 * Left out: every other method.
 */
public interface SpaceManager {

    /** The space with this key, or null when there is none. */
    Space getSpace(String spaceKey);
}
