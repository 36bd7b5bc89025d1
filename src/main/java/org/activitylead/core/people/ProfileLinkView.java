package org.activitylead.core.people;

/**
 * A link to a person's profile as the person fragment prints it. Every string is already HTML-encoded (see
 * {@link Html}); the class and the username attribute are null on static output, which has no hover card, and only
 * the attribute the product's hover card reads is set.
 */
public record ProfileLinkView(String cssClasses, String hrefHtml, String relHtml, String dataUsernameHtml) {
}
