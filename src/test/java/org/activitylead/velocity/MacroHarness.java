package org.activitylead.velocity;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Locale;
import java.util.Map;
import org.activitylead.confluence.ActivityLeadMacro;
import org.activitylead.confluence.ConfluenceTranslations;
import org.activitylead.core.people.Person;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeUserDirectory;

/**
 * The macro as Confluence runs it, end to end: the real Velocity renderer (host escaping on or off), the host's
 * base URLs, English texts from the plugin's bundle through SAL, and an in-memory user directory per render.
 */
final class MacroHarness {

    private final VelocityTemplateRenderer escaping = VelocityTemplateRenderer.withHostEscaping(true);
    private final VelocityTemplateRenderer notEscaping = VelocityTemplateRenderer.withHostEscaping(false);
    // Stub-only: thousands of renders would otherwise keep every invocation for verification.
    private final PageBuilderService pageBuilderService =
            mock(PageBuilderService.class, withSettings().defaultAnswer(RETURNS_DEEP_STUBS).stubOnly());
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class, withSettings().stubOnly());
    private final ConfluenceTranslations translations;

    MacroHarness() {
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn(RenderedPanel.RELATIVE_BASE);
        when(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(RenderedPanel.ABSOLUTE_BASE);
        I18nResolver i18nResolver = mock(I18nResolver.class, withSettings().stubOnly());
        when(i18nResolver.getRawText(eq(Locale.ENGLISH), anyString()))
                .thenAnswer(call -> Bundle.english().pattern(call.getArgument(1)));
        LocaleResolver localeResolver = mock(LocaleResolver.class, withSettings().stubOnly());
        when(localeResolver.getLocale()).thenReturn(Locale.ENGLISH);
        translations = new ConfluenceTranslations(i18nResolver, localeResolver);
    }

    RenderedPanel render(HostileCase hostile, String outputType, boolean hostEscaping) throws MacroExecutionException {
        FakeUserDirectory users = directory(hostile);
        String html = execute(hostile.parameters(), users, outputType, hostEscaping);
        return new RenderedPanel(outputType, html, users.lookups(),
                parameters -> execute(parameters, directory(hostile), outputType, hostEscaping));
    }

    private String execute(Map<String, String> parameters, FakeUserDirectory users, String outputType, boolean hostEscaping)
            throws MacroExecutionException {
        ActivityLeadMacro macro = new ActivityLeadMacro(
                hostEscaping ? escaping : notEscaping, pageBuilderService, applicationProperties, users, translations);
        return macro.execute(parameters, "", Conversions.rendering(outputType));
    }

    private static FakeUserDirectory directory(HostileCase hostile) {
        return new FakeUserDirectory().with(hostile.people().toArray(Person[]::new));
    }
}
