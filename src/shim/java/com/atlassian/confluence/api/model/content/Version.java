package com.atlassian.confluence.api.model.content;

/**
 * Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/content/Version.java (public class with the nested public static VersionBuilder).
 * An update of a property must carry the stored version's number plus one. Left out: every other member.
 */
public class Version {

    private Version() {
    }

    public static VersionBuilder builder() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static class VersionBuilder {

        private VersionBuilder() {
        }

        public VersionBuilder number(int number) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public Version build() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }
}
