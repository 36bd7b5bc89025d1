package org.activitylead.core.handover;

import java.util.Objects;
import java.util.Set;
import org.activitylead.core.panel.Role;

/** What a handover makes of one page's stored body: a new body, changed in these roles, or the reason it stays. */
public sealed interface PageRewrite {

    record Rewritten(String body, Set<Role> roles) implements PageRewrite {
        public Rewritten {
            Objects.requireNonNull(body, "body");
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("a rewrite changes at least one role");
            }
        }
    }

    record Left(PageOutcome reason) implements PageRewrite {
        public Left {
            if (reason.kind() == PageOutcome.Kind.CHANGED) {
                throw new IllegalArgumentException("a page left alone is not changed");
            }
        }
    }
}
