package org.activitylead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

/** The DRI benchmarks measure what they are named after: an accepted value, a rejected multi-value, a rendered DRI. */
class JiraStandInTest {

    private final JiraStandIn jira = new JiraStandIn();
    private final BundleTranslator english = BundleTranslator.english();

    @Test
    void acceptsOneActiveUserWhoCanBrowseTheEpic() {
        assertThat(jira.validate(jira.editOfTheEpic("alice"))).isNull();
    }

    @Test
    void rejectsTwoUsersInOneValueAsSeveral() {
        assertThat(jira.validate(jira.editOfTheEpic("alice,bob"))).isEqualTo(english.pattern("activity-lead.dri.error.several"));
    }

    @Test
    void requiresADriOnTheEpicBecauseTheContextListsEpics() {
        assertThat(jira.validate(jira.editOfTheEpic())).isEqualTo(english.pattern("activity-lead.dri.error.required"));
    }

    @Test
    void rendersTheStoredDriWithAProfileLink() {
        assertThat(jira.viewOfTheEpic())
                .contains("<bdi>Alice Example</bdi>")
                .contains("href=\"/jira/secure/ViewProfile.jspa?name=alice\"");
    }
}
