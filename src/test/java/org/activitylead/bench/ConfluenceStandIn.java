package org.activitylead.bench;

import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.confluence.ActivityLeadReportMacro;
import org.activitylead.confluence.ConfluenceTranslations;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.testing.BundleTranslator;

/**
 * The macro with Confluence's services played by plain lambdas: a base URL, a page builder that accepts the panel's
 * styles, and English texts from the plugin's bundle. No mocks, so a benchmark measures our code and not a mocking
 * library's bookkeeping.
 */
public final class ConfluenceStandIn {

    private static final String RELATIVE_BASE = "/wiki";
    private static final String ABSOLUTE_BASE = "https://wiki.example.com/wiki";

    private ConfluenceStandIn() {
    }

    /** SAL's locale resolver for a site where everyone reads English. */
    private static final LocaleResolver ENGLISH_EVERYWHERE = new LocaleResolver() {
        @Override
        public Locale getLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public Locale getLocale(UserKey userKey) {
            return Locale.ENGLISH;
        }
    };

    /** The report macro read by {@code viewerKey}, over a search that answers with what it is given. */
    public static ActivityLeadReportMacro report(TemplateRenderer renderer, UserDirectory users, ActivitySearch search, String viewerKey) {
        return new ActivityLeadReportMacro(renderer, () -> () -> key -> null,
                mode -> mode == UrlMode.RELATIVE ? RELATIVE_BASE : ABSOLUTE_BASE, viewer(viewerKey), users, search, englishTranslations());
    }

    public static ActivityLeadMacro macro(TemplateRenderer renderer, UserDirectory users) {
        return new ActivityLeadMacro(renderer, () -> () -> key -> null,
                mode -> mode == UrlMode.RELATIVE ? RELATIVE_BASE : ABSOLUTE_BASE, users, englishTranslations());
    }

    /** English texts from the plugin's bundle, for everyone. */
    public static ConfluenceTranslations englishTranslations() {
        BundleTranslator english = BundleTranslator.english();
        return new ConfluenceTranslations((locale, key) -> english.pattern(key), ENGLISH_EVERYWHERE);
    }

    /** SAL's user manager as the report asks it: who reads the page (never an administrator). */
    private static UserManager viewer(String viewerKey) {
        return new UserManager() {
            @Override
            public UserKey getRemoteUserKey() {
                return new UserKey(viewerKey);
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }
        };
    }
}
