package org.activitylead.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.activitylead.core.panel.OutputMode;

/**
 * How both macros leave the core: links below the site's base URL (absolute for exports, which leave the site), and
 * a finished view model rendered by the page view's template with the app's styles, or by the export's template
 * without them.
 */
final class MacroOutput {

    static final String WEB_RESOURCE = "org.activitylead.activity-lead:activity-lead-panel-resources";

    private final TemplateRenderer templateRenderer;
    private final PageBuilderService pageBuilderService;
    private final ApplicationProperties applicationProperties;

    MacroOutput(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService, ApplicationProperties applicationProperties) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.applicationProperties = applicationProperties;
    }

    ConfluenceLinks links(OutputMode mode) {
        return ConfluenceLinks.below(applicationProperties.getBaseUrl(mode == OutputMode.INTERACTIVE ? UrlMode.RELATIVE : UrlMode.ABSOLUTE));
    }

    /** @param name the view model's name in the templates */
    String render(OutputMode mode, String pageTemplate, String exportTemplate, String name, Object view) throws IOException {
        StringWriter out = new StringWriter();
        if (mode == OutputMode.INTERACTIVE) {
            pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
            templateRenderer.render(pageTemplate, Map.of(name, view), out);
        } else {
            templateRenderer.render(exportTemplate, Map.of(name, view), out);
        }
        return out.toString();
    }
}
