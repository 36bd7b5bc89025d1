package org.activitylead.core.handover;

import java.util.List;
import org.activitylead.core.people.PersonView;

/**
 * A person who left, with what they hold. {@code usernameHtml} is shown beside the name, so that two people with
 * look-alike names (a Cyrillic letter, a zero-width space) cannot be confused; for an unknown user it is the
 * reference the pages hold. {@code reassignUrlHtml} opens the reassignment of their roles; it and its label are null
 * for a viewer who may not use that site-wide screen.
 */
public record LeaverView(PersonView person, String usernameHtml, String countHtml, String reassignUrlHtml, String reassignLabelHtml,
                         List<HoldingView> holdings) {

    public LeaverView {
        holdings = List.copyOf(holdings);
    }
}
