package org.activitylead.core.people;

/**
 * The one builder of {@link PersonView}s, for the panel and the DRI field alike. What differs between them is data:
 * the product's links and hover card, whether the output is live (avatars and hover cards) or static, and the words
 * for a deactivated user.
 */
public final class PersonViews {

    static final String PERSON = "activity-lead-person";
    static final String DEACTIVATED = PERSON + " activity-lead-person-deactivated";
    static final String UNKNOWN = PERSON + " activity-lead-person-unknown";

    private final Texts texts;
    private final ProductLinks links;
    private final boolean interactive;
    private final String deactivatedKey;

    /**
     * @param interactive    false for static output (exports), which shows no images and has no hover cards
     * @param deactivatedKey the message shown next to a deactivated user
     */
    public PersonViews(Texts texts, ProductLinks links, boolean interactive, String deactivatedKey) {
        this.texts = texts;
        this.links = links;
        this.interactive = interactive;
        this.deactivatedKey = deactivatedKey;
    }

    public PersonView of(Person person) {
        return of(person, null);
    }

    /** @param unknownStateHtml what an unknown user's state reads, already encoded; null for nothing */
    public PersonView of(Person person, String unknownStateHtml) {
        String name = Html.encode(texts.name(person));
        if (!person.known()) {
            return new PersonView(UNKNOWN, null, null, name, unknownStateHtml);
        }
        return new PersonView(
                person.active() ? PERSON : DEACTIVATED,
                link(person),
                interactive ? links.avatar(person).map(Html::encode).orElse(null) : null,
                name,
                person.active() ? null : Html.encode(texts.text(deactivatedKey)));
    }

    private ProfileLinkView link(Person person) {
        String href = Html.encode(links.profile(person));
        if (!interactive) {
            return new ProfileLinkView(null, href, null, null);
        }
        HoverCard card = links.hoverCard();
        String username = Html.encode(person.username());
        return new ProfileLinkView(card.linkClasses(), href,
                card.hook() == HoverCard.Hook.REL ? username : null,
                card.hook() == HoverCard.Hook.DATA_USERNAME ? username : null);
    }
}
