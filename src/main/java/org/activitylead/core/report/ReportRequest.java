package org.activitylead.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.panel.Status;
import org.activitylead.core.people.UserRef;

/**
 * What a report asks for, every part typed and checked: nothing in here is page text that could reach CQL as such.
 *
 * @param person whose activities: empty for everyone's
 * @param roles  the roles the person must hold, at least one, all four unless the page narrows them
 */
public record ReportRequest(
        Scope scope,
        Set<Status> statuses,
        Optional<PersonFilter> person,
        Set<Role> roles,
        Optional<String> label,
        boolean attentionOnly,
        Sort sort,
        int limit,
        Layout layout) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ReportRequest {
        Objects.requireNonNull(scope, "scope");
        statuses = Set.copyOf(statuses);
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("no role");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range");
        }
    }

    /** Which spaces: the page's own, all the viewer may see, or these. */
    public sealed interface Scope {
        record CurrentSpace() implements Scope {
        }

        record AllSpaces() implements Scope {
        }

        record Spaces(List<String> keys) implements Scope {
            public Spaces {
                keys = List.copyOf(keys);
                if (keys.isEmpty()) {
                    throw new IllegalArgumentException("no space");
                }
            }
        }
    }

    /** The viewer, whoever reads the page ("my activities"), or one named user. */
    public sealed interface PersonFilter {
        record Viewer() implements PersonFilter {
        }

        record Named(UserRef ref) implements PersonFilter {
        }
    }

    public enum Sort { TITLE, STATUS, REVIEW_BY, MODIFIED }

    /** A row per activity, or a row per person (who carries how much). */
    public enum Layout { TABLE, PEOPLE }
}
