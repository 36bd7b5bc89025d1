package org.activitylead.core.handover;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class HandoverCommentTest {

    private static final Person ALICE = aPerson("alice").displayName("Alice Martin").deactivated().build();
    private static final Person BOB = aPerson("bob").displayName("Bob Lee").build();
    private static final Texts ENGLISH = new Texts(BundleTranslator.english());

    private static Handover handover(Person leaver, Person successor) {
        return ((Handover.Result.Accepted) Handover.of(leaver, EnumSet.allOf(Role.class), successor)).handover();
    }

    @Test
    void saysWhichRoleWentFromWhomToWhom() {
        assertThat(HandoverComment.of(handover(ALICE, BOB), Set.of(Role.LEAD), ENGLISH))
                .isEqualTo("Activity Lead: reassigned Activity Lead from Alice Martin to Bob Lee");
    }

    @Test
    void namesOnlyTheRolesThatChangedInThePanelsOrder() {
        assertThat(HandoverComment.of(handover(ALICE, BOB), Set.of(Role.REVIEWER, Role.LEAD), ENGLISH))
                .isEqualTo("Activity Lead: reassigned Activity Lead and Reviewer from Alice Martin to Bob Lee");
        assertThat(HandoverComment.of(handover(ALICE, BOB), Set.of(Role.OWNER, Role.REVIEWER, Role.PM), ENGLISH))
                .isEqualTo("Activity Lead: reassigned PM, Owner and Reviewer from Alice Martin to Bob Lee");
    }

    @Test
    void speaksTheAdministratorsLanguage() {
        Texts german = new Texts(BundleTranslator.of(Locale.GERMAN));

        assertThat(HandoverComment.of(handover(ALICE, BOB), Set.of(Role.LEAD, Role.PM), german))
                .isEqualTo("Activity Lead: Activity Lead und PM von Alice Martin an Bob Lee \u00fcbertragen");
    }

    @Test
    void callsAUserWhoNoLongerExistsByThePlaceholderNotByTheirReference() {
        String comment = HandoverComment.of(handover(Person.unknown("JIRAUSER404"), BOB), Set.of(Role.OWNER), ENGLISH);

        assertThat(comment).doesNotContain("JIRAUSER404").endsWith(" to Bob Lee");
    }

    @Test
    void cutsAVeryLongCommentWithoutSplittingACharacter() {
        Person longName = aPerson("long").displayName("\uD83D\uDE00".repeat(200)).build();

        String comment = HandoverComment.of(handover(ALICE, longName), Set.of(Role.LEAD), ENGLISH);

        assertThat(comment).hasSizeLessThanOrEqualTo(HandoverComment.MAX_LENGTH).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(comment.charAt(comment.length() - 2))).isFalse();
    }
}
