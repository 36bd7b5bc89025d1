package com.atlassian.confluence.pages;

/** Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/BlogPost.java (public class extending AbstractPage). Left out: every own member. */
public class BlogPost extends AbstractPage {
}
