package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportView;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityLeadReportMacroTest {

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final UserManager userManager = mock(UserManager.class);
    private final I18nResolver i18nResolver = mock(I18nResolver.class);
    private final LocaleResolver localeResolver = mock(LocaleResolver.class);
    private final FakeActivitySearch search = new FakeActivitySearch();
    private final AtomicReference<String> template = new AtomicReference<>();
    private final AtomicReference<ReportView> rendered = new AtomicReference<>();

    @BeforeEach
    void wireTheHost() throws Exception {
        BundleTranslator english = BundleTranslator.english();
        when(localeResolver.getLocale()).thenReturn(Locale.ENGLISH);
        when(i18nResolver.getRawText(eq(Locale.ENGLISH), anyString())).thenAnswer(call -> english.pattern(call.getArgument(1)));
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/wiki");
        when(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://wiki.example.com/wiki");
        doAnswer(call -> {
            template.set(call.getArgument(0));
            rendered.set((ReportView) call.<Map<String, Object>>getArgument(1).get("report"));
            call.<Writer>getArgument(2).write("<report/>");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
    }

    private Macro macro(ActivitySearch activitySearch) {
        return new ActivityLeadReportMacro(renderer, pageBuilder, applicationProperties, userManager,
                new FakeUserDirectory().with(aPerson("alice")), activitySearch,
                new ConfluenceTranslations(i18nResolver, localeResolver));
    }

    @Test
    void searchesTheRenderedPagesSpaceForTheViewerAndRendersThePageView() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("key-alice"));

        assertThat(macro(search).execute(Map.of("person", "@me"), "", Conversions.rendering("display"))).isEqualTo("<report/>");

        assertThat(template.get()).isEqualTo(ActivityLeadReportMacro.REPORT_TEMPLATE);
        assertThat(search.queries()).singleElement().asString().contains("space = \"ENG\"").contains("\"key-alice\"");
        verify(pageBuilder.assembler().resources()).requireWebResource(ActivityLeadMacro.WEB_RESOURCE);
        assertThat(rendered.get().summaryHtml()).isEqualTo("No activities");
    }

    @Test
    void rendersExportsStaticallyWithoutTheWebResource() throws Exception {
        macro(search).execute(Map.of(), "", Conversions.rendering("pdf"));

        assertThat(template.get()).isEqualTo(ActivityLeadReportMacro.EXPORT_TEMPLATE);
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void asksAnAnonymousReaderToLogInInsteadOfSearching() throws Exception {
        macro(search).execute(Map.of("person", "@me"), "", Conversions.rendering("display"));

        assertThat(search.queries()).isEmpty();
        assertThat(rendered.get().messages()).singleElement().satisfies(message ->
                assertThat(message.textHtml()).isEqualTo("Log in to see your activities."));
    }

    @Test
    void showsATranslatedSentenceAndNeverTheQueryWhenTheSearchFails() {
        ActivitySearch failing = (cql, limit) -> {
            throw new IllegalStateException("bad CQL: " + cql);
        };

        assertThatThrownBy(() -> macro(failing).execute(Map.of("label", "secret-label"), "", Conversions.rendering("display")))
                .isInstanceOf(MacroExecutionException.class)
                .hasMessage("The Activity Lead report could not be shown. Please reload the page, or tell your administrator if it happens again.")
                .hasMessageNotContaining("secret-label");
    }

    @Test
    void isABlockMacroWithoutABody() {
        assertThat(macro(search).getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(macro(search).getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }
}
