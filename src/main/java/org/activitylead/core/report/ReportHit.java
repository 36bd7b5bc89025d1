package org.activitylead.core.report;

import java.util.Objects;
import java.util.Optional;
import org.activitylead.core.record.OwnershipRecord;

/**
 * One page the search found, as the host hands it over: its content id, its title, the host's own path to it, its space, and its
 * record (empty when the property could not be read as one of ours). All of it is data to show, never markup.
 *
 * @param webPath the page's path below the site, as the host links it
 */
public record ReportHit(long contentId, String title, String webPath, String spaceKey, String spaceName, Optional<OwnershipRecord> record) {

    public ReportHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(spaceName, "spaceName");
        Objects.requireNonNull(record, "record");
    }
}
