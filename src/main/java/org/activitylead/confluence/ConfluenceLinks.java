package org.activitylead.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.activitylead.core.backfill.BackfillLinks;
import org.activitylead.core.handover.HandoverLinks;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.people.HoverCard;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.SiteUrl;
import org.activitylead.core.report.ReportLinks;
import org.owasp.encoder.Encode;

/** Confluence's pages about a user, a found page, its own search and the app's admin forms, below the site's base URL. */
public final class ConfluenceLinks implements ProductLinks, ReportLinks, BackfillLinks, HandoverLinks {

    private static final HoverCard HOVER_CARD = new HoverCard("confluence-userlink user-mention", HoverCard.Hook.DATA_USERNAME);

    private final SiteUrl site;

    private ConfluenceLinks(SiteUrl site) {
        this.site = site;
    }

    /** Below a base URL such as "", "/context" or "https://host/context"; anything else counts as "". */
    public static ConfluenceLinks below(String baseUrl) {
        return new ConfluenceLinks(SiteUrl.of(baseUrl));
    }

    /** The personal-space path Confluence's hover cards expect. */
    @Override
    public String profile(Person person) {
        return site.at("/display/~" + Encode.forUriComponent(person.username()));
    }

    /** The profile picture Confluence gave, when it is a plain path below the context path. */
    @Override
    public Optional<String> avatar(Person person) {
        return site.atHostPath(person.avatarPath());
    }

    /** Confluence's user hover: a user link or mention with the username in {@code data-username}. */
    @Override
    public HoverCard hoverCard() {
        return HOVER_CARD;
    }

    /** The page's own link, when Confluence gave a plain path below the site. */
    @Override
    public Optional<String> page(String webPath) {
        return site.atHostPath(webPath);
    }

    /** Confluence's search results for the query, which list everything a report leaves out. */
    @Override
    public String search(String cql) {
        return site.at("/dosearchsite.action?cql=" + URLEncoder.encode(cql, StandardCharsets.UTF_8));
    }

    @Override
    public String content(long pageId) {
        return site.at("/pages/viewpage.action?pageId=" + pageId);
    }

    /** A path of the app's below the site. */
    String at(String path) {
        return site.at(path);
    }

    /** A page of a handover, by its content id. */
    @Override
    public String result(PageResult result) {
        return content(result.pageId());
    }

    @Override
    public String startRecording() {
        return site.at(RecordingAdminAction.START);
    }

    @Override
    public String stopRecording() {
        return site.at(RecordingAdminAction.STOP);
    }

    /** The health screen, which the recording screen points to. */
    @Override
    public String healthScreen() {
        return site.at(HealthAdminAction.SCREEN);
    }

    @Override
    public String handoverScreen(String leaverKey) {
        return site.at(HandoverAdminAction.SCREEN + "?leaver=" + URLEncoder.encode(leaverKey, StandardCharsets.UTF_8));
    }

    @Override
    public String dryRun() {
        return site.at(HandoverAdminAction.DRY_RUN);
    }

    @Override
    public String reassign() {
        return site.at(HandoverAdminAction.REASSIGN);
    }

    @Override
    public String stopHandover() {
        return site.at(HandoverAdminAction.STOP);
    }

    @Override
    public String resumeHandover() {
        return site.at(HandoverAdminAction.RESUME);
    }

    /** The recording job's screen, which the health screen points to. */
    public String recordingScreen() {
        return site.at(RecordingAdminAction.SCREEN);
    }
}
