package org.activitylead.core.handover;

import org.activitylead.core.panel.Role;

/**
 * What the health screen calls things in each product: Confluence's activities are pages with an Activity Lead and
 * the panel's other roles; Jira's are issues with a DRI, the one role its field holds. Only the texts that differ
 * have keys of their own.
 */
public enum HealthWording {
    PAGES("activity-lead.health.title", "activity-lead.health.intro", "activity-lead.health.summary",
            "activity-lead.health.truncated", "activity-lead.health.without-lead", "activity-lead.health.error.search",
            "activity-lead.health.holds", "activity-lead.health.column.activities", "activity-lead.health.space.site-only", null),
    ISSUES("activity-lead.dri-health.title", "activity-lead.dri-health.intro", "activity-lead.dri-health.summary",
            "activity-lead.dri-health.truncated", "activity-lead.dri-health.without-lead", "activity-lead.dri-health.error.search",
            "activity-lead.dri-health.holds", "activity-lead.dri-health.column.issues", null, "activity-lead.dri-health.role.dri");

    final String title;
    final String intro;
    /** Arguments: activities checked, people who left, activities they hold, activities without a lead. */
    final String summary;
    /** Arguments: activities checked, activities found. */
    final String truncated;
    final String withoutLead;
    final String searchError;
    /** Argument: how many activities the person holds. */
    final String holds;
    final String activitiesColumn;
    /** For a viewer without the site-wide screens, where they are; null where the product has none. */
    final String siteOnly;
    private final String leadRole;

    HealthWording(String title, String intro, String summary, String truncated, String withoutLead, String searchError, String holds,
                  String activitiesColumn, String siteOnly, String leadRole) {
        this.title = title;
        this.intro = intro;
        this.summary = summary;
        this.truncated = truncated;
        this.withoutLead = withoutLead;
        this.searchError = searchError;
        this.holds = holds;
        this.activitiesColumn = activitiesColumn;
        this.siteOnly = siteOnly;
        this.leadRole = leadRole;
    }

    /** In Jira the lead is the DRI field's, which Jira's users know as the DRI. */
    String roleKey(Role role) {
        return role == Role.LEAD && leadRole != null ? leadRole : role.labelKey();
    }
}
