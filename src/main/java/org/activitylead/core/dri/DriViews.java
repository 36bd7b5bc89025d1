package org.activitylead.core.dri;

import org.activitylead.core.Links;
import org.activitylead.core.Texts;
import org.activitylead.core.view.DriFieldView;
import org.activitylead.core.view.Html;
import org.activitylead.core.view.PersonView;

/** Builds the DRI field's view model from what is stored: a user, a key no user has any more, or nothing. */
public final class DriViews {

    /** Appended to the field id for the id of the edit control's suggestion list. */
    static final String SUGGESTIONS_SUFFIX = "-suggestions";

    private final Texts texts;
    private final Links links;

    public DriViews(Texts texts, Links links) {
        this.texts = texts;
        this.links = links;
    }

    /**
     * @param storedKey the user key stored for the issue, or null
     * @param dri       the user with that key, or null when the key is unknown
     */
    public DriFieldView field(String fieldId, String storedKey, DriUser dri) {
        return new DriFieldView(
                Html.encode(fieldId),
                storedKey == null ? null : person(storedKey, dri),
                Html.encode(texts.text("activity-lead.dri.none")),
                dri == null ? "" : Html.encode(dri.username()),
                Html.encode(texts.text("activity-lead.dri.placeholder")),
                Html.encode(fieldId + SUGGESTIONS_SUFFIX));
    }

    private PersonView person(String storedKey, DriUser dri) {
        if (dri == null) {
            return new PersonView("activity-lead-person activity-lead-person-unknown", null, null, null,
                    Html.encode(texts.text("activity-lead.person.unknown")), Html.encode(texts.text("activity-lead.dri.unknown-key", storedKey)));
        }
        return new PersonView(
                dri.active() ? "activity-lead-person" : "activity-lead-person activity-lead-person-deactivated",
                Html.encode(links.jiraProfile(dri.username())),
                Html.encode(dri.username()),
                Html.encode(links.jiraAvatar(dri.key())),
                Html.encode(dri.displayName()),
                dri.active() ? null : Html.encode(texts.text("activity-lead.dri.inactive")));
    }
}
