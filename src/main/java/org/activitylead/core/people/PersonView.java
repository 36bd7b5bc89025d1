package org.activitylead.core.people;


/**
 * One person as a template shows them. Every string is already HTML-encoded (see {@link Html}); links and avatars
 * are null when there is none to show.
 */
public record PersonView(
        String cssClasses,
        String profileUrlHtml,
        String usernameHtml,
        String avatarUrlHtml,
        String displayNameHtml,
        String stateHtml) {
}
