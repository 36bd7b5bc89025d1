package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activitylead.core.panel.Role;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class HandoverWordingTest {

    @Test
    void confluenceOffersEveryRoleOfThePanelAndJiraOnlyTheDri() {
        List<String> posted = List.of("lead", "reviewer", "LEAD", "<b>", "pm ");

        assertThat(HandoverWording.PAGES.chosen(posted)).containsExactly(Role.LEAD, Role.REVIEWER);
        assertThat(HandoverWording.ISSUES.chosen(posted)).containsExactly(Role.LEAD);
        assertThat(HandoverWording.ISSUES.chosen(List.of("reviewer"))).isEmpty();
        assertThat(HandoverWording.ISSUES.roles()).containsExactly(Role.LEAD);
    }

    @Test
    void jiraHasItsOwnTextOnlyWhereItDiffersAndEachOfThemExistsInTheBundle() {
        assertThat(HandoverWording.PAGES.key("activity-lead.handover.title")).isEqualTo("activity-lead.handover.title");
        assertThat(HandoverWording.ISSUES.key("activity-lead.handover.title")).isEqualTo("activity-lead.dri-handover.title");
        assertThat(HandoverWording.ISSUES.key("activity-lead.handover.job.stop")).isEqualTo("activity-lead.handover.job.stop");
        assertThat(HandoverWording.ISSUES.roleKey(Role.LEAD)).isEqualTo("activity-lead.dri-health.role.dri");
        assertThat(HandoverWording.PAGES.roleKey(Role.LEAD)).isEqualTo(Role.LEAD.labelKey());
        BundleTranslator bundle = BundleTranslator.english();
        for (String key : List.of("title", "intro", "none-chosen", "health-link", "form.heading", "form.roles", "form.successor-hint",
                "job.summary", "job.stopping", "job.results.dry-run", "job.results.reassign", "confirm", "untitled", "outcome.gone",
                "outcome.not-editable", "outcome.no-longer-named", "outcome.not-saved", "error.person-invalid")) {
            String own = HandoverWording.ISSUES.key("activity-lead.handover." + key);
            assertThat(own).as(key).startsWith("activity-lead.dri-handover.");
            assertThat(bundle.pattern(own)).as(own).isNotBlank();
        }
    }
}
