package org.activitylead.core.people;

import java.util.Optional;

/** Port to a product's pages about a user: each adapter knows its product's URLs, the core knows none. */
public interface ProductLinks {

    /** The profile page of a known user, the target the product's hover cards expect. */
    String profile(Person person);

    /** The small avatar image of a known user, when the product has one to show. */
    Optional<String> avatar(Person person);

    /** How the product's hover card finds the user behind a profile link on a live page. */
    HoverCard hoverCard();
}
