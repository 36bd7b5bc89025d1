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
        assertThatThrownBy(() -> new PageResult(7L, "Plan", PageOutcome.GONE, Set.of(Role.LEAD))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRewriteChangesSomethingAndAPageLeftAloneHasAReason() {
        assertThatThrownBy(() -> new PageRewrite.Rewritten("<p/>", Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRewrite.Left(PageOutcome.CHANGED)).isInstanceOf(IllegalArgumentException.class);
    }
}
