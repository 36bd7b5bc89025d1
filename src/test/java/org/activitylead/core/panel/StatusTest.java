package org.activitylead.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void parsesTheMacroBrowserValuesAndCommonSpellings() {
        assertThat(Status.parse("IN REVIEW")).contains(Status.IN_REVIEW);
        assertThat(Status.parse(" in_review ")).contains(Status.IN_REVIEW);
        assertThat(Status.parse("At-Risk")).contains(Status.AT_RISK);
        assertThat(Status.parse("live")).contains(Status.LIVE);
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(Status.parse("LIVE!")).isEmpty();
        assertThat(Status.parse("\u202Eevil\u202C")).isEmpty();
        assertThat(Status.parse("LIVE\"><b>")).isEmpty();
        assertThat(Status.parse("")).isEmpty();
    }

    @Test
    void mapsEachStatusToItsAuiLozenge() {
        assertThat(Status.LIVE.lozenge().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-success");
        assertThat(Status.DRAFT.lozenge().cssClasses()).isEqualTo("aui-lozenge");
        assertThat(Status.IN_REVIEW.lozenge().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-current");
        assertThat(Status.AT_RISK.lozenge().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-moved");
        assertThat(Status.DEPRECATED.lozenge().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-error");
        assertThat(Status.ARCHIVED.lozenge().cssClasses()).isEqualTo("aui-lozenge aui-lozenge-subtle");
    }

    @Test
    void namesItsLabelKey() {
        assertThat(Status.IN_REVIEW.messageKey()).isEqualTo("activity-lead.status.in-review");
    }
}
