package org.activitylead.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Locale;
import org.activitylead.confluence.ConfluenceTranslations;

/**
 * Confluence's services as a macro meets them, stubs only (thousands of renders keep no invocations): the site's
 * base URLs, the viewer's language and the plugin's own texts through SAL, and a page builder.
 */
public record ConfluenceHost(ApplicationProperties properties, ConfluenceTranslations translations, PageBuilderService pageBuilder) {

    public static ConfluenceHost in(Locale locale, String relativeBase, String absoluteBase) {
        ApplicationProperties properties = mock(ApplicationProperties.class, withSettings().stubOnly());
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn(relativeBase);
        when(properties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(absoluteBase);
        I18nResolver i18n = mock(I18nResolver.class, withSettings().stubOnly());
        BundleTranslator bundle = BundleTranslator.of(locale);
        when(i18n.getRawText(eq(locale), anyString())).thenAnswer(call -> bundle.pattern(call.getArgument(1)));
        LocaleResolver viewer = mock(LocaleResolver.class, withSettings().stubOnly());
        when(viewer.getLocale()).thenReturn(locale);
        return new ConfluenceHost(properties, new ConfluenceTranslations(i18n, viewer),
                mock(PageBuilderService.class, withSettings().defaultAnswer(RETURNS_DEEP_STUBS).stubOnly()));
    }
}
