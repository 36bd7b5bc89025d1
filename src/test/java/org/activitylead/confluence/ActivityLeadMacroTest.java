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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.PanelView;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.Conversions;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityLeadMacroTest {

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final I18nResolver i18nResolver = mock(I18nResolver.class);
    private final LocaleResolver localeResolver = mock(LocaleResolver.class);
    private final FakeUserDirectory directory = new FakeUserDirectory().with(aPerson("alice"));
    private final AtomicReference<PanelView> rendered = new AtomicReference<>();

    private ActivityLeadMacro macro;

    @BeforeEach
    void wireTheHost() throws Exception {
        BundleTranslator english = BundleTranslator.english();
        when(localeResolver.getLocale()).thenReturn(Locale.ENGLISH);
        when(i18nResolver.getRawText(eq(Locale.ENGLISH), anyString())).thenAnswer(call -> english.pattern(call.getArgument(1)));
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/wiki");
        when(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://wiki.example.com/wiki");
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            rendered.set((PanelView) context.get("panel"));
            call.<Writer>getArgument(2).write("<panel/>");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        macro = new ActivityLeadMacro(renderer, pageBuilder, applicationProperties, directory,
                new ConfluenceTranslations(i18nResolver, localeResolver));
    }

    private static ConversionContext outputType(String type) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(type);
        return context;
    }

    @Test
    void rendersThePanelTemplateWithItsStylesOnAPageView() throws Exception {
        String html = macro.execute(Map.of("activityLead", "alice"), null, outputType("display"));

        assertThat(html).isEqualTo("<panel/>");
        verify(renderer).render(eq(ActivityLeadMacro.PANEL_TEMPLATE), anyMap(), any(Writer.class));
        verify(pageBuilder.assembler().resources()).requireWebResource(ActivityLeadMacro.WEB_RESOURCE);
        assertThat(rendered.get().peopleRows().get(0).people().get(0).link().hrefHtml()).isEqualTo("/wiki/display/~alice");
    }

    @Test
    void rendersStaticHtmlWithAbsoluteLinksForExports() throws Exception {
        for (String type : new String[] {"pdf", "word", "email"}) {
            macro.execute(Map.of("activityLead", "alice"), null, outputType(type));

            assertThat(rendered.get().peopleRows().get(0).people().get(0).link().hrefHtml())
                    .isEqualTo("https://wiki.example.com/wiki/display/~alice");
        }
        verify(renderer, org.mockito.Mockito.times(3)).render(eq(ActivityLeadMacro.EXPORT_TEMPLATE), anyMap(), any(Writer.class));
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void warnsOnEveryPanelAfterTheFirstOfOneRenderThatOnlyTheFirstCounts() throws Exception {
        ConversionContext page = Conversions.rendering("display");

        macro.execute(Map.of("activityLead", "alice"), null, page);
        assertThat(rendered.get().messages()).isEmpty();
        macro.execute(Map.of("activityLead", "alice"), null, page);
        assertThat(rendered.get().messages()).extracting(MessageView::textHtml).singleElement().asString()
                .startsWith("This page already has an Activity Lead panel above.");
        macro.execute(Map.of("activityLead", "alice"), null, Conversions.rendering("display"));
        assertThat(rendered.get().messages()).as("the first panel of the next render").isEmpty();
    }

    @Test
    void treatsAMissingContextAsAnExport() throws Exception {
        macro.execute(Map.of(), null, null);

        verify(renderer).render(eq(ActivityLeadMacro.EXPORT_TEMPLATE), anyMap(), any(Writer.class));
    }

    @Test
    void turnsAHostFailureIntoATranslatedMessageWithoutDetails() throws Exception {
        doThrow(new RenderingException("Velocity blew up at line 3 with <script>")).when(renderer)
                .render(anyString(), anyMap(), any(Writer.class));

        assertThatThrownBy(() -> macro.execute(Map.of(), null, outputType("display")))
                .isInstanceOf(MacroExecutionException.class)
                .hasMessage("The Activity Lead panel could not be shown. Please reload the page, or tell your administrator if it happens again.")
                .hasNoCause();
    }

    @Test
    void isABlockMacroWithoutBody() {
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(macro.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }
}
