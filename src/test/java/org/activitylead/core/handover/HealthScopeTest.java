package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.activitylead.core.report.SpaceKey;
import org.junit.jupiter.api.Test;

class HealthScopeTest {

    @Test
    void theSiteSearchesEveryRecordedActivity() {
        assertThat(HealthScope.site().cql()).isEqualTo("type in (page, blogpost) and activityRecordVersion >= 1 order by id asc");
        assertThat(HealthScope.site().siteAdministrator()).isTrue();
    }

    @Test
    void aSpaceSearchesOnlyThatSpaceWithItsKeyAsAQuotedLiteral() {
        assertThat(HealthScope.space(new SpaceKey("ENG"), false).cql())
                .isEqualTo("space = \"ENG\" and type in (page, blogpost) and activityRecordVersion >= 1 order by id asc");
        assertThat(HealthScope.space(new SpaceKey("~alice.martin@example.com"), true).cql())
                .startsWith("space = \"~alice.martin@example.com\" and type in (page, blogpost)");
    }

    @Test
    void aSpaceAdministratorIsNoSiteAdministrator() {
        assertThat(HealthScope.space(new SpaceKey("ENG"), false).siteAdministrator()).isFalse();
        assertThat(HealthScope.space(new SpaceKey("ENG"), true).siteAdministrator()).isTrue();
    }

    @Test
    void theWholeSiteIsNeverOfferedToSomeoneWhoIsNoSiteAdministrator() {
        assertThatThrownBy(() -> new HealthScope(Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
