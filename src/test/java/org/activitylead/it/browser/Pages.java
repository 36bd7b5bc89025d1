package org.activitylead.it.browser;

import java.util.Locale;

/**
 * Wraps the app's HTML into the page a product would serve around it: AUI's styles (as Confluence and Jira load
 * them), the panel's own web resource on Confluence pages, the DRI autocomplete script on Jira edit screens, and
 * nothing of ours around exports, which leave the product as static HTML.
 */
public final class Pages {

    /** The element the app's HTML is placed in; screenshots and readings are taken of it. */
    static final String STATE = "#state";

    private Pages() {
    }

    static String document(UiState state) {
        return document(state.surface(), state.locale(), state.id(), state.html());
    }

    public static String document(Surface surface, Locale locale, String title, String html) {
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(locale.toLanguageTag()).append("\" data-color-mode=\"light\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                // No favicon request: the page asks only for what the product and the app would serve.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                // The product page's own margin, so screenshots do not touch the edge.
                .append("<style>body { margin: 0; padding: 8px; }</style>\n");
        if (surface != Surface.EXPORT) {
            page.append("<link rel=\"stylesheet\" href=\"").append(TestSite.AUI).append("aui-prototyping.css\">\n");
        }
        if (surface == Surface.CONFLUENCE_PAGE) {
            page.append("<link rel=\"stylesheet\" href=\"").append(TestSite.APP).append("css/activity-lead-panel.css\">\n");
        }
        if (surface == Surface.JIRA_EDIT) {
            page.append("<meta name=\"ajs-context-path\" content=\"").append(TestSite.JIRA).append("\">\n")
                    .append("<script src=\"").append(TestSite.APP).append("js/activity-lead-dri-autocomplete.js\"></script>\n");
        }
        page.append("</head>\n<body>\n");
        if (surface == Surface.JIRA_EDIT) {
            page.append("<form class=\"aui\" action=\"#\" method=\"post\"><div id=\"state\">").append(html).append("</div></form>\n");
        } else {
            page.append("<div id=\"state\">").append(html).append("</div>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
