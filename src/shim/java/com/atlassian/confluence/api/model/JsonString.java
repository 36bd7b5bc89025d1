package com.atlassian.confluence.api.model;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/JsonString.java (public class holding raw JSON text). Left out: equals, hashCode, toString. */
public class JsonString {

    public JsonString(String value) {
    }

    public String getValue() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
