package org.activitylead.core.handover;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.activitylead.core.panel.Role;

/**
 * What the reassignment screen calls things in each product: Confluence hands over the panel's roles on pages, Jira
 * the DRI field's one role on issues. Only the texts that differ have keys of their own; every other text is the
 * same in both.
 */
public enum HandoverWording {
    PAGES(EnumSet.allOf(Role.class), Map.of(), null),
    ISSUES(EnumSet.of(Role.LEAD), Map.ofEntries(
            Map.entry("activity-lead.handover.title", "activity-lead.dri-handover.title"),
            Map.entry("activity-lead.handover.intro", "activity-lead.dri-handover.intro"),
            Map.entry("activity-lead.handover.none-chosen", "activity-lead.dri-handover.none-chosen"),
            Map.entry("activity-lead.handover.health-link", "activity-lead.dri-handover.health-link"),
            Map.entry("activity-lead.handover.form.heading", "activity-lead.dri-handover.form.heading"),
            Map.entry("activity-lead.handover.form.roles", "activity-lead.dri-handover.form.roles"),
            Map.entry("activity-lead.handover.form.successor-hint", "activity-lead.dri-handover.form.successor-hint"),
            Map.entry("activity-lead.handover.job.summary", "activity-lead.dri-handover.job.summary"),
            Map.entry("activity-lead.handover.job.stopping", "activity-lead.dri-handover.job.stopping"),
            Map.entry("activity-lead.handover.job.results.dry-run", "activity-lead.dri-handover.job.results.dry-run"),
            Map.entry("activity-lead.handover.job.results.reassign", "activity-lead.dri-handover.job.results.reassign"),
            Map.entry("activity-lead.handover.confirm", "activity-lead.dri-handover.confirm"),
            Map.entry("activity-lead.handover.untitled", "activity-lead.dri-handover.untitled"),
            Map.entry("activity-lead.handover.outcome.gone", "activity-lead.dri-handover.outcome.gone"),
            Map.entry("activity-lead.handover.outcome.not-editable", "activity-lead.dri-handover.outcome.not-editable"),
            Map.entry("activity-lead.handover.outcome.no-longer-named", "activity-lead.dri-handover.outcome.no-longer-named"),
            Map.entry("activity-lead.handover.outcome.not-saved", "activity-lead.dri-handover.outcome.not-saved"),
            Map.entry("activity-lead.handover.error.person-invalid", "activity-lead.dri-handover.error.person-invalid"),
            Map.entry("activity-lead.handover.error.not-yours", "activity-lead.dri-handover.error.not-yours")),
            "activity-lead.dri-health.role.dri");

    private final Set<Role> roles;
    private final Map<String, String> own;
    private final String leadRole;

    HandoverWording(Set<Role> roles, Map<String, String> own, String leadRole) {
        this.roles = roles;
        this.own = own;
        this.leadRole = leadRole;
    }

    /** The roles an administrator may hand over: all the panel's in Confluence, the DRI in Jira. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The offered roles among the posted names (lead, pm, owner, reviewer); any other name is ignored, never looked up. */
    public Set<Role> chosen(List<String> names) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (Role role : roles) {
            if (names.contains(role.name().toLowerCase(Locale.ROOT))) {
                chosen.add(role);
            }
        }
        return chosen;
    }

    /** The product's key for a text of the reassignment screen. */
    public String key(String key) {
        return own.getOrDefault(key, key);
    }

    /** In Jira the lead is the DRI field's, which Jira's users know as the DRI. */
    public String roleKey(Role role) {
        return role == Role.LEAD && leadRole != null ? leadRole : role.labelKey();
    }
}
