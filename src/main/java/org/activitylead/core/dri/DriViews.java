package org.activitylead.core.dri;

import org.activitylead.core.people.Html;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.PersonViews;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;

/** Builds the DRI field's view model from what is stored: a user, a key no user has any more, or nothing. */
public final class DriViews {

    /** Appended to the field id for the id of the edit control's suggestion list. */
    static final String SUGGESTIONS_SUFFIX = "-suggestions";

    private final Texts texts;
    private final PersonViews people;

    public DriViews(Texts texts, ProductLinks links) {
        this.texts = texts;
        this.people = new PersonViews(texts, links, true, "activity-lead.dri.inactive");
    }

    /** @param dri the person the stored key names (unknown when no user has it), or null when nothing is stored */
    public DriFieldView field(String fieldId, Person dri) {
        return new DriFieldView(
                Html.encode(fieldId),
                dri == null ? null : person(dri),
                Html.encode(texts.text("activity-lead.dri.none")),
                dri == null || !dri.known() ? null : Html.encode(dri.username()),
                Html.encode(texts.text("activity-lead.dri.placeholder")),
                Html.encode(fieldId + SUGGESTIONS_SUFFIX));
    }

    /** An unknown user shows the key they were stored by, so an admin can tell who it was. */
    private PersonView person(Person dri) {
        return dri.known() ? people.of(dri) : people.of(dri, Html.encode(texts.text("activity-lead.dri.unknown-key", dri.key())));
    }
}
