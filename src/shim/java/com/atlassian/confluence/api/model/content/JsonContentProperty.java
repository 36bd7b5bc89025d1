package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.JsonString;
import com.atlassian.confluence.api.model.reference.Reference;

/**
 * Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/JsonContentProperty.java (public class; getKey/getValue are declared on it,
 * its package-private super-class is left out). The nested public static ContentPropertyBuilder declares each
 * method used here itself, with its own return type. Left out: every other member.
 */
public class JsonContentProperty {

    private JsonContentProperty() {
    }

    public static ContentPropertyBuilder builder() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static ContentPropertyBuilder builder(JsonContentProperty template) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    /** A collapsed reference carrying the page's id. */
    public Reference<Content> getContentRef() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public JsonString getValue() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Version getVersion() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static class ContentPropertyBuilder {

        private ContentPropertyBuilder() {
        }

        public ContentPropertyBuilder content(Reference<Content> content) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public ContentPropertyBuilder key(String key) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public ContentPropertyBuilder value(JsonString value) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public ContentPropertyBuilder version(Version version) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public JsonContentProperty build() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }
}
