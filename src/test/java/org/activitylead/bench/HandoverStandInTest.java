package org.activitylead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.Set;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.testing.FakeUserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in the handover benchmarks measure does the whole handover, every time, on the page they rewrite. */
class HandoverStandInTest {

    private final FakeUserDirectory directory = new FakeUserDirectory().with(HandoverPage.people());

    @BeforeEach
    void administratorOnTheThread() {
        AuthenticatedUserThreadLocal.set(HandoverStandIn.ADMINISTRATOR);
    }

    @AfterEach
    void nobodyOnTheThread() {
        AuthenticatedUserThreadLocal.set(null);
    }

    @Test
    void savesANewVersionNamingTheSuccessorInEveryPanelAndChangingNothingElse() {
        String body = HandoverPage.body(10, 20);
        HandoverStandIn host = new HandoverStandIn(body, directory);

        PageResult result = host.handovers().handOver(7L, HandoverPage.LEAD_TO_SUCCESSOR, true);

        assertThat(result).isEqualTo(PageResult.changed(7L, "Page 7", Set.of(Role.LEAD)));
        assertThat(HandoverPage.namingSuccessor(host.lastSavedBody())).isEqualTo(20);
        assertThat(host.lastSavedBody()).isEqualTo(body.replace("ri:userkey=\"key-alice\"", "ri:userkey=\"key-bob\""));
    }

    @Test
    void readsTheStoredBodyAgainForEveryHandoverSoEachDoesTheWholeWork() {
        HandoverStandIn host = new HandoverStandIn(HandoverPage.body(10, 1), directory);

        PageResult first = host.handovers().handOver(1L, HandoverPage.LEAD_TO_SUCCESSOR, true);
        PageResult again = host.handovers().handOver(1L, HandoverPage.LEAD_TO_SUCCESSOR, true);

        assertThat(again).isEqualTo(first);
        assertThat(again.roles()).containsExactly(Role.LEAD);
    }

    @Test
    void spreadsThePanelsThroughABodyOfTheAskedSize() {
        String body = HandoverPage.body(100, 20);

        assertThat(body.length()).isBetween(100 * 1024, 100 * 1024 + 20 * 2048);
        assertThat(body.indexOf("ac:macro-id=\"panel-1\"")).isBetween(4 * 1024, 6 * 1024);
        assertThat(body).endsWith("</ac:parameter></ac:structured-macro>");
    }
}
