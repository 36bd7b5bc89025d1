package org.activitylead.core.handover;

import java.util.Objects;
import java.util.Set;
import org.activitylead.core.panel.Role;

/**
 * One page or issue of a handover, as it was when it was checked: its id, the key the product links it by (an
 * issue's key; empty for a page, linked by id), its title, what happened to it and, when it changed, in which roles.
 * A change the host's own validation refused keeps the host's reason, shown as text.
 */
public record PageResult(long pageId, String key, String title, PageOutcome outcome, Set<Role> roles, String reason) {

    public PageResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        roles = Set.copyOf(roles);
        if ((outcome == PageOutcome.CHANGED) == roles.isEmpty()) {
            throw new IllegalArgumentException("a changed page names its roles, and only a changed page");
        }
        if (!reason.isEmpty() && outcome != PageOutcome.REFUSED) {
            throw new IllegalArgumentException("only a refused change has the host's reason");
        }
    }

    public static PageResult changed(long pageId, String title, Set<Role> roles) {
        return new PageResult(pageId, "", title, PageOutcome.CHANGED, roles, "");
    }

    public static PageResult left(long pageId, String title, PageOutcome outcome) {
        return new PageResult(pageId, "", title, outcome, Set.of(), "");
    }

    /** An issue, linked by its key. */
    public static PageResult changedIssue(long issueId, String key, String summary, Set<Role> roles) {
        return new PageResult(issueId, key, summary, PageOutcome.CHANGED, roles, "");
    }

    public static PageResult leftIssue(long issueId, String key, String summary, PageOutcome outcome) {
        return new PageResult(issueId, key, summary, outcome, Set.of(), "");
    }

    /** An issue whose change the host's validation refused, for this reason (the host's own text). */
    public static PageResult refusedIssue(long issueId, String key, String summary, String reason) {
        return new PageResult(issueId, key, summary, PageOutcome.REFUSED, Set.of(), reason);
    }
}
