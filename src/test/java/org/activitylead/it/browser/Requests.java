package org.activitylead.it.browser;

import java.util.List;

/**
 * Which requests a page of ours may make: the page itself, AUI's and the app's static resources, profile pictures
 * below the products' context paths, and Jira's user picker. Inline {@code data:} URLs are no request, and neither are
 * the browser's own {@code chrome://} resources: Chromium's own pages (such as the new-tab page a fresh profile may
 * load beside ours) fetch them, and web content can never load that scheme. Anything else, on this site or any other
 * host, is unexpected: a payload reaching out, or a link the app should not have built.
 */
final class Requests {

    private static final List<String> OWN_PATHS = List.of(TestSite.PAGES, TestSite.AUI, TestSite.APP, TestSite.USER_PICKER);

    private Requests() {
    }

    static List<String> unexpected(List<String> urls, String origin) {
        return urls.stream().filter(url -> !expected(url, origin)).toList();
    }

    private static boolean expected(String url, String origin) {
        if (url.startsWith("data:") || url.startsWith("chrome://")) {
            return true;
        }
        if (!url.startsWith(origin + "/")) {
            return false;
        }
        String path = url.substring(origin.length());
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return OWN_PATHS.stream().anyMatch(withoutQuery::startsWith) || TestSite.isAvatar(withoutQuery);
    }
}
