package com.atlassian.confluence.renderer;

import com.atlassian.renderer.RenderContext;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/renderer/PageContext.java (public class extending RenderContext). Left out: every member. */
public class PageContext extends RenderContext {
}
