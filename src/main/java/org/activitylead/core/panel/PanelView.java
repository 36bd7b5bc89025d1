package org.activitylead.core.panel;

import java.util.List;

/**
 * Everything the panel template prints, finished and immutable. {@code status} and {@code reviewBy} are null when
 * the row is left out.
 */
public record PanelView(StatusView status, List<PeopleRowView> peopleRows, DateRowView reviewBy, List<MessageView> messages) {

    public PanelView {
        peopleRows = List.copyOf(peopleRows);
        messages = List.copyOf(messages);
    }
}
