package org.activitylead.core.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.activitylead.core.panel.Role;
import org.junit.jupiter.api.Test;

class PageResultTest {

    @Test
    void aChangedPageNamesTheRolesThatChanged() {
        assertThat(PageResult.changed(7L, "Plan", Set.of(Role.PM)).roles()).containsExactly(Role.PM);
        assertThatThrownBy(() -> PageResult.changed(7L, "Plan", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageLeftAloneNamesNoRole() {
        assertThat(PageResult.left(7L, "Plan", PageOutcome.NOT_EDITABLE).roles()).isEmpty();
        assertThatThrownBy(() -> new PageResult(7L, "", "Plan", PageOutcome.GONE, Set.of(Role.LEAD), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRewriteChangesSomethingAndAPageLeftAloneHasAReason() {
        assertThatThrownBy(() -> new PageRewrite.Rewritten("<p/>", Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRewrite.Left(PageOutcome.CHANGED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyARefusedChangeKeepsTheHostsReason() {
        PageResult refused = PageResult.refusedIssue(10001L, "ABC-7", "Launch", "The DRI must be an active user.");

        assertThat(refused.outcome()).isEqualTo(PageOutcome.REFUSED);
        assertThat(refused.reason()).isEqualTo("The DRI must be an active user.");
        assertThat(refused.key()).isEqualTo("ABC-7");
        assertThatThrownBy(() -> new PageResult(7L, "ABC-7", "Launch", PageOutcome.NOT_EDITABLE, Set.of(), "Because."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageHasNoKeyAndAnIssueKeepsItsKey() {
        assertThat(PageResult.changed(7L, "Plan", Set.of(Role.PM)).key()).isEmpty();
        assertThat(PageResult.changedIssue(10001L, "ABC-7", "Launch", Set.of(Role.LEAD)).key()).isEqualTo("ABC-7");
        assertThat(PageResult.leftIssue(10001L, "ABC-7", "Launch", PageOutcome.GONE).roles()).isEmpty();
    }
}
