package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;
import java.util.Set;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.activitylead.testing.BundleTranslator;
import org.activitylead.testing.FakeUserDirectory;
import org.activitylead.testing.StorageFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One page handed over as the administrator on the thread: dry run, write, and every reason a page stays as it was. */
class ConfluencePageHandoversTest {

    private static final long PAGE = 4242L;
    private static final String ALICE_LEADS = "<p>Plan</p><ac:structured-macro ac:name=\"activity-lead-status\" ac:macro-id=\"m1\">"
            + "<ac:parameter ac:name=\"activityLead\"><ri:user ri:userkey=\"key-alice\" /></ac:parameter></ac:structured-macro>";
    private static final String BOB_LEADS = ALICE_LEADS.replace("key-alice", "key-bob");

    private static final Person ALICE = aPerson("alice").displayName("Alice Martin").deactivated().build();
    private static final Person BOB = aPerson("bob").displayName("Bob Lee").build();

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ConfluenceUser admin = mock(ConfluenceUser.class);
    private final Page page = mock(Page.class);
    private int transactions;
    private boolean rolledBack;
    private String body = ALICE_LEADS;

    /** SAL's template: rolls back when the callback throws, so the exception must reach it. */
    private final TransactionTemplate transactionTemplate = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            transactions++;
            try {
                return action.doInTransaction();
            } catch (RuntimeException e) {
                rolledBack = true;
                throw e;
            }
        }
    };

    private final ConfluencePageHandovers handovers = new ConfluencePageHandovers(pageManager, permissions, transactionTemplate,
            new StorageHandover(new StorageFormat()), new FakeUserDirectory().with(ALICE, BOB), translations());

    private static ConfluenceTranslations translations() {
        BundleTranslator english = BundleTranslator.english();
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale(new UserKey("key-admin"))).thenReturn(Locale.ENGLISH);
        return new ConfluenceTranslations((locale, key) -> english.pattern(key), locales);
    }

    @BeforeEach
    void onePageTheAdministratorMayEdit() {
        when(admin.getKey()).thenReturn(new UserKey("key-admin"));
        AuthenticatedUserThreadLocal.set(admin);
        when(page.getId()).thenReturn(PAGE);
        when(page.getTitle()).thenReturn("Launch <plan>");
        when(page.getBodyAsString()).thenAnswer(call -> body);
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        when(permissions.hasPermission(admin, Permission.EDIT, page)).thenReturn(true);
        doAnswer(call -> {
            call.<Modification<Page>>getArgument(1).modify(page);
            return null;
        }).when(pageManager).saveNewVersion(eq(page), any(), eq(DefaultSaveContext.DEFAULT));
    }

    @AfterEach
    void nobodyOnTheThread() {
        AuthenticatedUserThreadLocal.set(null);
    }

    private static Handover leadFromAliceToBob() {
        return ((Handover.Result.Accepted) Handover.of(ALICE, Set.of(Role.LEAD), BOB)).handover();
    }

    @Test
    void dryRunTellsWhatWouldChangeAndChangesNothing() {
        PageResult result = handovers.handOver(PAGE, leadFromAliceToBob(), false);

        assertThat(result).isEqualTo(PageResult.changed(PAGE, "Launch <plan>", Set.of(Role.LEAD)));
        verify(pageManager, never()).saveNewVersion(any(), any(), any());
    }

    @Test
    void savesOneNewVersionAsTheAdministratorWithAVersionCommentThatSaysWhatChanged() {
        PageResult result = handovers.handOver(PAGE, leadFromAliceToBob(), true);

        assertThat(result.outcome()).isEqualTo(PageOutcome.CHANGED);
        verify(pageManager).saveNewVersion(eq(page), any(), eq(DefaultSaveContext.DEFAULT));
        verify(page).setBodyAsString(BOB_LEADS);
        verify(page).setVersionComment("Activity Lead: reassigned Activity Lead from Alice Martin to Bob Lee");
        assertThat(transactions).isEqualTo(1);
        assertThat(rolledBack).isFalse();
    }

    @Test
    void skipsAPageTheAdministratorMayNotEdit() {
        when(permissions.hasPermission(admin, Permission.EDIT, page)).thenReturn(false);

        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), true))
                .isEqualTo(PageResult.left(PAGE, "Launch <plan>", PageOutcome.NOT_EDITABLE));
        verify(pageManager, never()).saveNewVersion(any(), any(), any());
    }

    @Test
    void skipsEveryPageWhenNobodyIsOnTheThread() {
        AuthenticatedUserThreadLocal.set(null);

        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), true).outcome()).isEqualTo(PageOutcome.NOT_EDITABLE);
    }

    @Test
    void skipsAPageThatIsGone() {
        when(pageManager.getAbstractPage(PAGE)).thenReturn(null);

        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), true)).isEqualTo(PageResult.left(PAGE, "", PageOutcome.GONE));
    }

    @Test
    void rechecksAPageEditedSinceTheDryRunAndSkipsItWhenTheLeaverIsNoLongerNamed() {
        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), false).outcome()).isEqualTo(PageOutcome.CHANGED);
        body = ALICE_LEADS.replace("key-alice", "key-carol");

        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), true).outcome()).isEqualTo(PageOutcome.NO_LONGER_NAMED);
        verify(pageManager, never()).saveNewVersion(any(), any(), any());
    }

    @Test
    void keepsAnAuthorsEditMadeSinceTheDryRun() {
        handovers.handOver(PAGE, leadFromAliceToBob(), false);
        body = ALICE_LEADS.replace("<p>Plan</p>", "<p>Plan, edited by an author</p>");

        handovers.handOver(PAGE, leadFromAliceToBob(), true);

        verify(page).setBodyAsString(BOB_LEADS.replace("<p>Plan</p>", "<p>Plan, edited by an author</p>"));
    }

    @Test
    void reportsASaveConfluenceRefusedAsNotSavedAndLetsTheTransactionRollBack() {
        doThrow(new IllegalStateException("refused")).when(pageManager).saveNewVersion(eq(page), any(), any());
        assertThat(handovers.handOver(PAGE, leadFromAliceToBob(), true))
                .isEqualTo(PageResult.left(PAGE, "Launch <plan>", PageOutcome.NOT_SAVED));
        assertThat(rolledBack).isTrue();
    }
}
