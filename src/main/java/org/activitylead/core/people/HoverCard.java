package org.activitylead.core.people;

import java.util.Objects;

/**
 * How a product's hover card finds the user behind a profile link: the classes its script looks for, and the
 * attribute it reads the username from. Each product's {@link ProductLinks} says which; static output has none.
 *
 * @param linkClasses fixed class names of the product's hover-card script, never page input
 */
public record HoverCard(String linkClasses, Hook hook) {

    /** Where the username goes: Jira's user hover reads {@code rel}, Confluence's {@code data-username}. */
    public enum Hook { REL, DATA_USERNAME }

    public HoverCard {
        Objects.requireNonNull(linkClasses, "linkClasses");
        Objects.requireNonNull(hook, "hook");
    }
}
