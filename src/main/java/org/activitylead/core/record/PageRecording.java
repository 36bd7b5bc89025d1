package org.activitylead.core.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activitylead.core.panel.Ownership;
import org.activitylead.core.panel.OwnershipParameters;
import org.activitylead.core.people.UserDirectory;

/**
 * What a page's content property must hold after the page was saved: the record of its first panel, read with the
 * panel's own parser and users, or nothing when the page has no panel any more. A second panel is not recorded (the
 * panel itself warns about it).
 */
public final class PageRecording {

    private PageRecording() {
    }

    /**
     * @param panels the parameters of each Activity Lead panel on the page, in page order
     * @return the JSON to store, or empty to remove the property
     */
    public static Optional<String> of(List<Map<String, String>> panels, UserDirectory<?> directory) {
        return panels.stream().findFirst().map(parameters -> RecordJson.write(
                OwnershipRecord.of(Ownership.resolve(OwnershipParameters.parse(parameters), directory))));
    }
}
