package org.activitylead.jira;

import java.util.Optional;
import org.activitylead.core.people.HoverCard;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.SiteUrl;
import org.owasp.encoder.Encode;

/** Jira's pages about a user and an issue, below the site's base URL. */
public final class JiraLinks implements ProductLinks {

    private static final HoverCard HOVER_CARD = new HoverCard("user-hover", HoverCard.Hook.REL);

    private final SiteUrl site;

    private JiraLinks(SiteUrl site) {
        this.site = site;
    }

    /** Below a base URL such as "", "/context" or "https://host/context"; anything else counts as "". */
    public static JiraLinks below(String baseUrl) {
        return new JiraLinks(SiteUrl.of(baseUrl));
    }

    /** The profile page, with the query the user hover card reads. */
    @Override
    public String profile(Person person) {
        return site.at("/secure/ViewProfile.jspa?name=" + Encode.forUriComponent(person.username()));
    }

    /** The small avatar the issue view shows, by user key. */
    @Override
    public Optional<String> avatar(Person person) {
        return Optional.of(site.at("/secure/useravatar?size=xsmall&ownerId=" + Encode.forUriComponent(person.key())));
    }

    /** Jira's user hover: a {@code user-hover} link with the username in {@code rel}. */
    @Override
    public HoverCard hoverCard() {
        return HOVER_CARD;
    }

    /** An issue's page ("/browse/KEY-1"), when its path is a plain path below the site. */
    public Optional<String> page(String webPath) {
        return site.atHostPath(webPath);
    }
}
