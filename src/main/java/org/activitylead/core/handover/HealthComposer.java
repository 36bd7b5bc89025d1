package org.activitylead.core.handover;

import org.activitylead.core.people.Html;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportLinks;

/**
 * Confluence's health screen, end to end: search the recorded ownership as the viewer (never a page body), over the
 * whole site or one space ({@link HealthScope}), and build the screen from what was found ({@link HealthScreen}). The
 * site-wide recording screen is linked only for a site administrator; the Reassign buttons lead to the screen the
 * adapter passes for the viewer's scope.
 */
public final class HealthComposer {

    private final ActivitySearch search;
    private final Texts texts;
    private final HealthScreen screen;

    public HealthComposer(ActivitySearch search, UserDirectory<?> directory, Translator translator, ProductLinks productLinks,
                          ReportLinks links, HandoverLinks handovers) {
        this.search = search;
        this.texts = new Texts(translator);
        this.screen = new HealthScreen(directory, translator, productLinks, links::page, handovers, HealthWording.PAGES);
    }

    /** The whole site, for the administration console. */
    public HealthView compose(String recordingUrl) {
        return compose(HealthScope.site(), recordingUrl);
    }

    /** @param recordingUrl the recording job's screen, built on the server; shown only to a site administrator */
    public HealthView compose(HealthScope scope, String recordingUrl) {
        String introHtml = scope.space().map(key -> Html.encode(texts.text("activity-lead.health.space.intro", key.value()))).orElse(null);
        return screen.compose(() -> search.find(scope.cql(), HealthScreen.LIMIT), introHtml, scope.siteAdministrator(), recordingUrl);
    }
}
