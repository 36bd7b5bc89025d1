package org.activitylead.core.dri;


import org.activitylead.core.people.Html;
import org.activitylead.core.people.PersonView;
/**
 * What the Jira DRI field's templates print: the DRI as a person (null when there is none), and the pieces of the
 * edit control. Every string is already HTML-encoded (see {@link Html}).
 *
 * @param usernameHtml      the DRI's username, for the XML export and the edit control; null without a known user
 * @param suggestionsIdHtml the id of the edit control's {@code <datalist>}, which the autocomplete script fills with
 *                          usernames; derived from the field id, so each DRI field on a page has its own list
 */
public record DriFieldView(String fieldIdHtml, PersonView dri, String noneHtml, String usernameHtml, String placeholderHtml,
                           String suggestionsIdHtml) {

    /**
     * The edit control's value: what the user just submitted when Jira re-renders the form after an error, else the
     * stored DRI. Always a value, so a full or bulk edit sends the current DRI back instead of wiping it.
     */
    public String valueHtml(Object submitted) {
        return submitted instanceof String text && !text.isBlank() ? Html.encode(text.strip()) : usernameHtml == null ? "" : usernameHtml;
    }
}
