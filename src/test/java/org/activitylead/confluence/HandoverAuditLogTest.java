package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.confluence.audit.StandardAuditResourceTypes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.handover.HandoverAudit;
import org.activitylead.core.handover.HandoverMode;
import org.activitylead.core.handover.HandoverProgress;
import org.activitylead.core.handover.HandoverRequest;
import org.activitylead.core.handover.HandoverState;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;
import org.junit.jupiter.api.Test;

/** A reassignment's entry as Confluence's audit event. */
class HandoverAuditLogTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Person ALICE = Person.of("key-alice", "alice", "Alice Example", false, "/a");
    private static final Person BOB = Person.of("key-bob", "bob", "Bob", true, "/b");

    private final AuditService audit = mock(AuditService.class);
    private final StandardAuditResourceTypes types = mock(StandardAuditResourceTypes.class);
    private final HandoverAuditLog log = new HandoverAuditLog(audit, types);

    HandoverAuditLogTest() {
        when(types.user()).thenReturn("User");
        when(types.page()).thenReturn("Page");
    }

    private static HandoverAudit entry() {
        HandoverRequest request = new HandoverRequest(ALICE.key(), Set.of(Role.PM, Role.LEAD), BOB.key());
        List<PageResult> results = List.of(PageResult.changed(7, "Roadmap <2027>", Set.of(Role.LEAD)),
                PageResult.left(8, "Gone", PageOutcome.GONE));
        // Two pages in one batch, one changed and one gone: the job ended with it.
        HandoverProgress end = new HandoverProgress(HandoverState.FINISHED, HandoverMode.REASSIGN, Optional.of(request), "key-admin",
                Optional.of(NOW), Optional.of(NOW), 2, 2, 1, 1, 0, Optional.empty());
        return HandoverAudit.of(end, Optional.empty(), batch -> results);
    }

    @Test
    void writesOneEventInTheAppsAreaAtTheBaseLevel() {
        log.write(entry(), ALICE, BOB);

        verify(audit).audit(any(AuditEvent.class));
        AuditEvent event = log.event(entry(), ALICE, BOB);
        assertThat(event.getCategoryI18nKey()).isEqualTo(HandoverAudit.CATEGORY);
        assertThat(event.getActionI18nKey()).isEqualTo(HandoverAudit.FINISHED);
        assertThat(event.getLevel()).isEqualTo(CoverageLevel.BASE);
        assertThat(event.getArea()).isEqualTo(CoverageArea.ECOSYSTEM);
    }

    @Test
    void theLeaverTheSuccessorAndTheChangedPagesAreItsAffectedObjects() {
        AuditEvent event = log.event(entry(), ALICE, BOB);

        assertThat(event.getAffectedObjects()).extracting(AuditResource::getType, AuditResource::getName, AuditResource::getId).containsExactly(
                tuple("User", "Alice Example (alice)", "key-alice"),
                tuple("User", "Bob (bob)", "key-bob"),
                tuple("Page", "Roadmap <2027>", "7"));
    }

    @Test
    void eachRoleChangesFromTheLeaverToTheSuccessorInTheRolesOrder() {
        AuditEvent event = log.event(entry(), ALICE, BOB);

        assertThat(event.getChangedValues()).extracting(ChangedValue::getI18nKey, ChangedValue::getFrom, ChangedValue::getTo).containsExactly(
                tuple(Role.LEAD.labelKey(), "Alice Example (alice)", "Bob (bob)"),
                tuple(Role.PM.labelKey(), "Alice Example (alice)", "Bob (bob)"));
    }

    @Test
    void itsCountsAreExtraAttributesAndAUserWhoIsGoneIsNamedByKey() {
        AuditEvent event = log.event(entry(), Person.unknown("key-alice"), BOB);

        assertThat(event.getExtraAttributes()).extracting(AuditAttribute::getNameI18nKey, AuditAttribute::getValue).containsExactly(
                tuple(HandoverAudit.DONE, "2 / 2"), tuple(HandoverAudit.CHANGED, "1"),
                tuple(HandoverAudit.SKIPPED, "1"), tuple(HandoverAudit.FAILED, "0"));
        assertThat(event.getAffectedObjects().get(0).getName()).isEqualTo("key-alice");
    }
}
