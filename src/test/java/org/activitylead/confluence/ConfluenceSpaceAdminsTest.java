package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import org.activitylead.core.handover.HealthScope;
import org.activitylead.core.report.SpaceKey;
import org.junit.jupiter.api.Test;

/** Over the stand-in Confluence of {@link HealthScreens}: ENG and OPS exist, each with its own space administrator. */
class ConfluenceSpaceAdminsTest {

    private static final SpaceKey ENG = new SpaceKey("ENG");
    private static final SpaceKey OPS = new SpaceKey("OPS");

    @Test
    void aSpaceAdministratorSeesTheirSpaceWithoutTheSiteWideScreens() {
        assertThat(HealthScreens.spaceAdmins(HealthScreens.ENG_ADMIN).healthScope(ENG)).contains(HealthScope.space(ENG, false));
    }

    @Test
    void aSpaceAdministratorOfAnotherSpaceIsRefused() {
        assertThat(HealthScreens.spaceAdmins(HealthScreens.OPS_ADMIN).healthScope(ENG)).isEmpty();
        assertThat(HealthScreens.spaceAdmins(HealthScreens.ENG_ADMIN).healthScope(OPS)).isEmpty();
    }

    @Test
    void anAnonymousUserIsRefused() {
        assertThat(HealthScreens.spaceAdmins(null).healthScope(ENG)).isEmpty();
    }

    @Test
    void aSignedInUserWhoAdministersNothingIsRefused() {
        assertThat(HealthScreens.spaceAdmins("key-bob").healthScope(ENG)).isEmpty();
    }

    @Test
    void aConfluenceAdministratorSeesEverySpaceWithTheSiteWideScreens() {
        ConfluenceSpaceAdmins admins = HealthScreens.spaceAdmins(HealthScreens.SITE_ADMIN);

        assertThat(admins.healthScope(ENG)).contains(HealthScope.space(ENG, true));
        assertThat(admins.healthScope(OPS)).contains(HealthScope.space(OPS, true));
    }

    @Test
    void aSpaceThatDoesNotExistIsRefusedToEveryone() {
        SpaceKey none = new SpaceKey("NONE");

        assertThat(HealthScreens.spaceAdmins(HealthScreens.SITE_ADMIN).healthScope(none)).isEmpty();
        assertThat(HealthScreens.spaceAdmins(HealthScreens.ENG_ADMIN).healthScope(none)).isEmpty();
    }
}
