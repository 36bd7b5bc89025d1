package com.atlassian.renderer;

/**
 * Compile-only shim: the parameter type of DefaultConversionContext's constructor.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.renderer_atlassian-renderer-legacy-6.3.0/com/atlassian/renderer/RenderContext.java (public class).
 * Left out: every member.
 */
public class RenderContext {
}
