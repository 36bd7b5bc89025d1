package org.activitylead.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.panel.PanelComposer;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.panel.PanelView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "Activity Lead / PM status" macro: parse the parameters, ask the core, render the panel. */
public class ActivityLeadMacro implements Macro {

    static final String PANEL_TEMPLATE = "templates/activity-lead-panel.vm";
    static final String EXPORT_TEMPLATE = "templates/activity-lead-panel-export.vm";
    static final String WEB_RESOURCE = MacroOutput.WEB_RESOURCE;
    /** The conversion-context property the first panel of a render sets. */
    static final String FIRST_PANEL = "org.activitylead.activity-lead.first-panel";

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLeadMacro.class);

    private final MacroOutput output;
    private final UserDirectory<?> userDirectory;
    private final ConfluenceTranslations translations;

    public ActivityLeadMacro(
            @ConfluenceImport TemplateRenderer templateRenderer,
            @ConfluenceImport PageBuilderService pageBuilderService,
            @ConfluenceImport ApplicationProperties applicationProperties,
            UserDirectory<?> userDirectory,
            ConfluenceTranslations translations) {
        this.output = new MacroOutput(templateRenderer, pageBuilderService, applicationProperties);
        this.userDirectory = userDirectory;
        this.translations = translations;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        OutputMode mode = OutputMode.ofHostOutputType(context == null ? null : context.getOutputType());
        Translator translator = translations.forViewer();
        try {
            PanelView panel = new PanelComposer(userDirectory, translator, output.links(mode), mode, LocalDate.now())
                    .compose(parameters, laterPanel(context));
            return output.render(mode, PANEL_TEMPLATE, EXPORT_TEMPLATE, "panel", panel);
        } catch (RuntimeException | IOException e) {
            // The page shows a translated sentence; the details go to the log only.
            LOG.error("The Activity Lead panel could not be rendered", e);
            throw new MacroExecutionException(new Texts(translator).text("activity-lead.error.render"));
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /**
     * Whether another panel came first in this render of the page: the render's conversion context is shared by every
     * macro on the page, so the first panel marks it (the recorder likewise records the first panel only).
     */
    private static boolean laterPanel(ConversionContext context) {
        if (context == null) {
            return false;
        }
        boolean later = context.getProperty(FIRST_PANEL) != null;
        if (!later) {
            context.setProperty(FIRST_PANEL, Boolean.TRUE);
        }
        return later;
    }
}
