package org.activitylead.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.panel.OutputMode;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.people.UserRef;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportComposer;
import org.activitylead.core.report.ReportView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "Activity Lead report" macro: parse the parameters, ask the core (which searches as the viewer), render the report. */
public class ActivityLeadReportMacro implements Macro {

    static final String REPORT_TEMPLATE = "templates/activity-lead-report.vm";
    static final String EXPORT_TEMPLATE = "templates/activity-lead-report-export.vm";

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLeadReportMacro.class);

    private final MacroOutput output;
    private final UserManager userManager;
    private final UserDirectory<?> userDirectory;
    private final ActivitySearch search;
    private final ConfluenceTranslations translations;

    public ActivityLeadReportMacro(
            @ConfluenceImport TemplateRenderer templateRenderer,
            @ConfluenceImport PageBuilderService pageBuilderService,
            @ConfluenceImport ApplicationProperties applicationProperties,
            @ConfluenceImport UserManager userManager,
            UserDirectory<?> userDirectory,
            ActivitySearch search,
            ConfluenceTranslations translations) {
        this.output = new MacroOutput(templateRenderer, pageBuilderService, applicationProperties);
        this.userManager = userManager;
        this.userDirectory = userDirectory;
        this.search = search;
        this.translations = translations;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        OutputMode mode = OutputMode.ofHostOutputType(context == null ? null : context.getOutputType());
        Translator translator = translations.forViewer();
        try {
            ConfluenceLinks links = output.links(mode);
            ReportView report = new ReportComposer(search, userDirectory, translator, links, links, mode, LocalDate.now())
                    .compose(parameters, spaceKey(context), viewer());
            return output.render(mode, REPORT_TEMPLATE, EXPORT_TEMPLATE, "report", report);
        } catch (RuntimeException | IOException e) {
            // A failed search or render shows a translated sentence; the details, which may hold the query, go to the log.
            LOG.error("The Activity Lead report could not be rendered", e);
            throw new MacroExecutionException(new Texts(translator).text("activity-lead.report.error"));
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

    private Optional<UserRef> viewer() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : UserRef.parse(key.getStringValue());
    }

    private static String spaceKey(ConversionContext context) {
        String key = context == null ? null : context.getSpaceKey();
        return key == null ? "" : key;
    }
}
