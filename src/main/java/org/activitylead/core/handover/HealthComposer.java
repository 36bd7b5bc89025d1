package org.activitylead.core.handover;

import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportLinks;

/**
 * Confluence's health screen, end to end: search the recorded ownership as the administrator (never a page body) and
 * build the screen from what was found ({@link HealthScreen}).
 */
public final class HealthComposer {

    /** Every recorded activity, oldest first; a fixed query, no input reaches it. */
    static final String CQL = "type in (page, blogpost) and activityRecordVersion >= 1 order by id asc";
    /** Enough for a large site's screen to stay fast; beyond it the screen says how many it left out. */
    public static final int LIMIT = 2000;

    private final ActivitySearch search;
    private final HealthScreen screen;

    public HealthComposer(ActivitySearch search, UserDirectory<?> directory, Translator translator, ProductLinks productLinks,
                          ReportLinks links, HandoverLinks handovers) {
        this.search = search;
        this.screen = new HealthScreen(directory, translator, productLinks, links, handovers, HealthWording.PAGES);
    }

    /** @param recordingUrl the recording job's screen, built on the server */
    public HealthView compose(String recordingUrl) {
        return screen.compose(() -> search.find(CQL, LIMIT), recordingUrl);
    }
}
