package org.activitylead.core.handover;

import java.util.List;

/** The activities a person holds in one role. */
public record HoldingView(String roleHtml, List<ActivityLinkView> activities) {

    public HoldingView {
        activities = List.copyOf(activities);
    }
}
