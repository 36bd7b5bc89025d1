package org.activitylead.core.handover;

import java.util.Objects;
import java.util.Set;
import org.activitylead.core.panel.Role;

/**
 * One page of a handover: its id and title as they were when it was checked, what happened to it and, when it
 * changed, in which roles.
 */
public record PageResult(long pageId, String title, PageOutcome outcome, Set<Role> roles) {

    public PageResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        roles = Set.copyOf(roles);
        if ((outcome == PageOutcome.CHANGED) == roles.isEmpty()) {
            throw new IllegalArgumentException("a changed page names its roles, and only a changed page");
        }
    }

    public static PageResult changed(long pageId, String title, Set<Role> roles) {
        return new PageResult(pageId, title, PageOutcome.CHANGED, roles);
    }

    public static PageResult left(long pageId, String title, PageOutcome outcome) {
        return new PageResult(pageId, title, outcome, Set.of());
    }
}
