package org.activitylead.core.people;

/**
 * One person as the person fragment ({@code templates/activity-lead/person.vm}) shows them. Every string is already
 * HTML-encoded (see {@link Html}); the link and the avatar are null when there is none to show.
 */
public record PersonView(
        String cssClasses,
        ProfileLinkView link,
        String avatarUrlHtml,
        String displayNameHtml,
        String stateHtml) {
}
