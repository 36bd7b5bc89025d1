package org.activitylead.core.handover;

import java.util.Optional;
import org.activitylead.core.report.Cql;
import org.activitylead.core.report.SpaceKey;

/**
 * What the health screen checks and which site-wide tools it offers. A Confluence administrator sees every space; a
 * space administrator reaches the same screen for one space, and the search is limited to it. The recording job is a
 * site-wide job under the administration console, so only a site administrator is pointed to it; reassignment is
 * offered in the space's own scope.
 *
 * @param space             the one space checked, or empty for the whole site
 * @param siteAdministrator whether the viewer may use the site-wide screens (recording) and change any reassignment job
 */
public record HealthScope(Optional<SpaceKey> space, boolean siteAdministrator) {

    /** Every recorded activity, oldest first; fixed but for the space key, which only ever enters as a quoted literal. */
    static final String RECORDED = "type in (page, blogpost) and activityRecordVersion >= 1 order by id asc";

    public HealthScope {
        if (space.isEmpty() && !siteAdministrator) {
            throw new IllegalArgumentException("the whole site is for site administrators only");
        }
    }

    /** The administration console's screen: the whole site. */
    public static HealthScope site() {
        return new HealthScope(Optional.empty(), true);
    }

    /** The space tools' screen: one space, for its administrators and for site administrators. */
    public static HealthScope space(SpaceKey key, boolean siteAdministrator) {
        return new HealthScope(Optional.of(key), siteAdministrator);
    }

    /** The search this scope runs. */
    public String cql() {
        return space.map(key -> "space = " + Cql.literal(key.value()) + " and " + RECORDED).orElse(RECORDED);
    }
}
