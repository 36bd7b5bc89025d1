package com.atlassian.confluence.content.render.xhtml.model.resource.identifiers;

/** Compile-only shim of a marker interface: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/model/resource/identifiers/ResourceIdentifier.java */
public interface ResourceIdentifier {
}
