package org.activitylead.jira;

import org.activitylead.core.handover.HandoverLinks;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.people.SiteUrl;
import org.owasp.encoder.Encode;

/** The DRI reassignment screen's links, below Jira's base URL: its own commands, the issues, the health screen. */
final class DriHandoverLinks implements HandoverLinks {

    static final String SCREEN = "/secure/admin/ActivityLeadDriReassign.jspa";
    /** The screen relative to its commands, which share its path, for Jira's redirect after a command. */
    static final String SCREEN_NAME = "ActivityLeadDriReassign.jspa";
    static final String HEALTH = "/secure/admin/ActivityLeadDriHealth.jspa";

    private final SiteUrl site;

    private DriHandoverLinks(SiteUrl site) {
        this.site = site;
    }

    /** Below a base URL such as "", "/context" or "https://host/context"; anything else counts as "". */
    static DriHandoverLinks below(String baseUrl) {
        return new DriHandoverLinks(SiteUrl.of(baseUrl));
    }

    @Override
    public String handoverScreen(String leaverKey) {
        return site.at(SCREEN + "?leaver=" + Encode.forUriComponent(leaverKey));
    }

    /** webwork1 runs a command's do-method for "Alias!command.jspa". */
    @Override
    public String dryRun() {
        return site.at("/secure/admin/ActivityLeadDriReassign!dryRun.jspa");
    }

    @Override
    public String reassign() {
        return site.at("/secure/admin/ActivityLeadDriReassign!reassign.jspa");
    }

    @Override
    public String stopHandover() {
        return site.at("/secure/admin/ActivityLeadDriReassign!stop.jspa");
    }

    @Override
    public String resumeHandover() {
        return site.at("/secure/admin/ActivityLeadDriReassign!resume.jspa");
    }

    /** An issue by its key ("/browse/KEY-1"), the link Jira itself uses. */
    @Override
    public String result(PageResult result) {
        return site.at("/browse/" + Encode.forUriComponent(result.key()));
    }

    @Override
    public String healthScreen() {
        return site.at(HEALTH);
    }
}
