package com.atlassian.confluence.api.model.link;

import com.atlassian.confluence.api.model.BaseApiEnum;

/**
 * Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/model/link/LinkType.java (public final class extending BaseApiEnum; WEB_UI is the
 * "webui" link, a path below the site). Left out: the other constants and every method.
 */
public final class LinkType extends BaseApiEnum {

    public static final LinkType WEB_UI = new LinkType();

    private LinkType() {
    }
}
