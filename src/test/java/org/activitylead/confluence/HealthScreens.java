package org.activitylead.confluence;

import static org.activitylead.testing.OwnershipBuilder.anActivity;
import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
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
 * The health screens' actions over stand-ins at the host seam (the search, the users, SAL, the space permissions), in
 * the states an administrator meets: for the template tests, the hostile-input suite and the browser suite. The space
 * screen's Confluence knows the spaces ENG and OPS; "key-space-admin" administers ENG only, "key-admin" is a
 * Confluence administrator and administers no space.
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

    /** The user keys the space screen's stand-in Confluence knows. */
    public static final String SITE_ADMIN = "key-admin";
    public static final String ENG_ADMIN = "key-space-admin";
    public static final String OPS_ADMIN = "key-ops-admin";

    /** The space screen for {@code spaceKey} as the user with {@code userKey} (null: anonymous) asks for it. */
    public static SpaceHealthAction space(Locale locale, ActivitySearch search, String userKey, String spaceKey, Person... now) {
        ConfluenceHost host = ConfluenceHost.in(locale, "/wiki", "https://wiki.example.com/wiki");
        SpaceHealthAction action = new SpaceHealthAction(spaceAdmins(userKey), search, new FakeUserDirectory().with(now),
                host.translations(), host.properties());
        action.setKey(spaceKey);
        return action;
    }

    /** The space screen for ENG over these pages, as its space administrator (no Confluence administrator). */
    public static SpaceHealthAction spaceOver(Locale locale, List<ReportHit> found, Person... now) {
        return space(locale, new FakeActivitySearch().with(found.toArray(ReportHit[]::new)), ENG_ADMIN, "ENG", now);
    }

    /** Confluence's permissions as the stand-in knows them, for the user with this key signed in. */
    public static ConfluenceSpaceAdmins spaceAdmins(String userKey) {
        UserManager userManager = mock(UserManager.class);
        UserAccessor userAccessor = mock(UserAccessor.class);
        SpaceManager spaceManager = mock(SpaceManager.class);
        PermissionManager permissions = mock(PermissionManager.class);
        Space eng = mock(Space.class);
        Space ops = mock(Space.class);
        when(spaceManager.getSpace("ENG")).thenReturn(eng);
        when(spaceManager.getSpace("OPS")).thenReturn(ops);
        if (userKey != null) {
            UserKey key = new UserKey(userKey);
            ConfluenceUser user = mock(ConfluenceUser.class);
            when(user.getKey()).thenReturn(key);
            when(userManager.getRemoteUserKey()).thenReturn(key);
            when(userManager.isAdmin(key)).thenReturn(userKey.equals(SITE_ADMIN));
            when(userAccessor.getUserByKey(key)).thenReturn(user);
            when(permissions.hasPermission(user, Permission.ADMINISTER, eng)).thenReturn(userKey.equals(ENG_ADMIN));
            when(permissions.hasPermission(user, Permission.ADMINISTER, ops)).thenReturn(userKey.equals(OPS_ADMIN));
        }
        return new ConfluenceSpaceAdmins(userManager, userAccessor, spaceManager, permissions);
    }

    /** Every state of the space screen: as its space administrator (no site-wide links), and as a Confluence administrator. */
    public static List<SpaceHealthAction> everySpaceState(Locale locale) {
        FakeActivitySearch asSiteAdmin = new FakeActivitySearch().with(leavers().toArray(ReportHit[]::new));
        return List.of(
                spaceOver(locale, leavers(), ALICE, BOB, CAROL),
                space(locale, asSiteAdmin, SITE_ADMIN, "ENG", ALICE, BOB, CAROL));
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
