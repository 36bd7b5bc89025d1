package org.activitylead.testing.jira;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;
import org.activitylead.jira.JiraTranslations;
import org.activitylead.testing.BundleTranslator;

/**
 * A mocked {@link JiraAuthenticationContext} whose {@link I18nHelper} answers from the plugin's real bundles in one
 * locale, so a missing key fails the test (see {@link BundleTranslator}).
 */
public final class JiraI18n {

    private JiraI18n() {
    }

    public static JiraAuthenticationContext authenticationContext(Locale locale) {
        BundleTranslator bundle = BundleTranslator.of(locale);
        I18nHelper i18n = mock(I18nHelper.class, "i18n " + locale);
        when(i18n.getLocale()).thenReturn(locale);
        when(i18n.getText(anyString())).thenAnswer(call -> bundle.pattern(call.getArgument(0)));
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class, "authentication " + locale);
        when(context.getI18nHelper()).thenReturn(i18n);
        return context;
    }

    public static JiraTranslations translations(Locale locale) {
        return new JiraTranslations(authenticationContext(locale));
    }

    /** The message of a key in a locale, straight from the bundle: what a test expects the user to read. */
    public static String text(Locale locale, String key) {
        return BundleTranslator.of(locale).pattern(key);
    }
}
