package org.activitylead.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.activitylead.core.handover.HandoverLinks;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.report.SpaceKey;

/** The reassignment screen of one space, from its space tools: every link carries the space's key. */
final class SpaceHandoverLinks implements HandoverLinks {

    private final ConfluenceLinks site;
    private final String key;

    SpaceHandoverLinks(ConfluenceLinks site, SpaceKey space) {
        this.site = site;
        this.key = "?key=" + URLEncoder.encode(space.value(), StandardCharsets.UTF_8);
    }

    @Override
    public String handoverScreen(String leaverKey) {
        return site.at(SpaceHandoverAction.SCREEN + key + "&leaver=" + URLEncoder.encode(leaverKey, StandardCharsets.UTF_8));
    }

    @Override
    public String dryRun() {
        return site.at(SpaceHandoverAction.DRY_RUN + key);
    }

    @Override
    public String reassign() {
        return site.at(SpaceHandoverAction.REASSIGN + key);
    }

    @Override
    public String stopHandover() {
        return site.at(SpaceHandoverAction.STOP + key);
    }

    @Override
    public String resumeHandover() {
        return site.at(SpaceHandoverAction.RESUME + key);
    }

    @Override
    public String result(PageResult result) {
        return site.result(result);
    }

    @Override
    public String healthScreen() {
        return site.at(SpaceHealthAction.SCREEN + key);
    }
}
