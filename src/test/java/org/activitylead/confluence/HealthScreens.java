package org.activitylead.confluence;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.activitylead.core.people.Person;
import org.activitylead.core.record.OwnershipRecord;
import org.activitylead.core.report.ActivitySearch;
import org.activitylead.core.report.ReportHit;
import org.activitylead.testing.ConfluenceHost;
import org.activitylead.testing.FakeActivitySearch;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.OwnershipBuilder;

/**
 * The health screen's action over stand-ins at the host seam (the search, the users, SAL), in the states an
 * administrator meets: for the template tests, the hostile-input suite and the browser suite.
 */
public final class HealthScreens {

    public static final Person ALICE = aPerson("alice").displayName("Alice Martin").deactivated().build();
    public static final Person BOB = aPerson("bob").displayName("Bob Lee").build();
    public static final Person CAROL = aPerson("carol").displayName("Carol Nguyen").build();

    private HealthScreens() {
    }

    /** A found page holding {@code activity}'s people as recorded; its link is a plain path below the site. */
    public static ReportHit page(String title, OwnershipBuilder activity) {
        return new ReportHit(0L, title, "/display/ENG/" + title.replace(' ', '+'), "ENG", "Engineering",
                Optional.of(OwnershipRecord.of(activity.build())));
    }

    /** The screen over these pages, with {@code now} as the host knows the people today. */
    public static HealthAdminAction over(Locale locale, List<ReportHit> found, Person... now) {
        return action(locale, new FakeActivitySearch().with(found.toArray(ReportHit[]::new)), now);
    }

    public static HealthAdminAction action(Locale locale, ActivitySearch search, Person... now) {
        ConfluenceHost host = ConfluenceHost.in(locale, "/wiki", "https://wiki.example.com/wiki");
        UserManager userManager = mock(UserManager.class);
        UserKey admin = new UserKey("key-admin");
        when(userManager.getRemoteUserKey()).thenReturn(admin);
        when(userManager.isAdmin(admin)).thenReturn(true);
        return new HealthAdminAction(userManager, search, new FakeUserDirectory().with(now), host.translations(), host.properties());
    }

    /** Alice has been deactivated and Dora deleted since their pages were recorded; one page has no lead. */
    public static List<ReportHit> leavers() {
        Person dora = aPerson("dora").key("JIRAUSER10400").displayName("Dora Quinn").build();
        return List.of(
                page("Launch plan", anActivity().ledBy(ALICE).pm(BOB).reviewer(aPerson("carol").displayName("Carol Nguyen"))),
                page("Pricing review", anActivity().ledBy(BOB).owner(ALICE).reviewer(aPerson("dora").key("JIRAUSER10400").displayName("Dora Quinn"))),
                page("Data migration", anActivity().ledBy(dora).owner(CAROL)),
                page("Onboarding guide", anActivity().owner(CAROL)));
    }

    /** Every state, together taking every branch of the template. */
    public static List<HealthAdminAction> everyState(Locale locale) {
        List<ReportHit> many = IntStream.rangeClosed(1, 2001).mapToObj(i -> page("Activity " + i, anActivity().ledBy(CAROL))).toList();
        ActivitySearch broken = (cql, limit) -> {
            throw new IllegalStateException("index unavailable");
        };
        return List.of(
                over(locale, leavers(), ALICE, BOB, CAROL),
                over(locale, List.of(new ReportHit(0L, "Odd", "javascript:alert(1)", "ENG", "Engineering",
                        Optional.of(OwnershipRecord.of(anActivity().ledBy(ALICE).build())))), ALICE),
                over(locale, List.of(new ReportHit(0L, "Odd", "javascript:alert(1)", "ENG", "Engineering",
                        Optional.of(OwnershipRecord.of(anActivity().build()))))),
                over(locale, many, CAROL),
                action(locale, broken));
    }
}
