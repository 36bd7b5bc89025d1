package org.activitylead.confluence;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.confluence.audit.StandardAuditResourceTypes;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import java.util.EnumSet;
import org.activitylead.core.handover.HandoverAudit;
import org.activitylead.core.handover.PageResult;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.Person;

/**
 * Confluence's audit log for reassignments: the core's entry as one audit event, in the app's own area (where
 * Confluence files what apps write) at the base level, so that it is kept wherever auditing is on. The leaver and
 * the successor are its affected users, the pages it names its affected pages, each role a changed value from the
 * leaver to the successor; the author is the user on the thread, as Confluence takes it.
 */
@ConfluenceComponent
public class HandoverAuditLog {

    private final AuditService audit;
    private final StandardAuditResourceTypes types;

    public HandoverAuditLog(@ConfluenceImport AuditService audit, @ConfluenceImport StandardAuditResourceTypes types) {
        this.audit = audit;
        this.types = types;
    }

    /** Writes the entry for this leaver and successor as the host knows them now. */
    void write(HandoverAudit entry, Person leaver, Person successor) {
        audit.audit(event(entry, leaver, successor));
    }

    AuditEvent event(HandoverAudit entry, Person leaver, Person successor) {
        AuditEvent.Builder event = AuditEvent.fromI18nKeys(HandoverAudit.CATEGORY, entry.summaryKey(), CoverageLevel.BASE, CoverageArea.ECOSYSTEM)
                .affectedObject(user(leaver))
                .affectedObject(user(successor));
        for (PageResult page : entry.pages()) {
            event.affectedObject(AuditResource.builder(page.title(), types.page()).id(Long.toString(page.pageId())).build());
        }
        for (Role role : EnumSet.copyOf(entry.request().roles())) {
            event.changedValue(ChangedValue.fromI18nKeys(role.labelKey()).from(name(leaver)).to(name(successor)).build());
        }
        for (HandoverAudit.Attribute attribute : entry.attributes()) {
            event.extraAttribute(AuditAttribute.fromI18nKeys(attribute.key(), attribute.value()).build());
        }
        return event.build();
    }

    private AuditResource user(Person person) {
        return AuditResource.builder(name(person), types.user()).id(person.key()).build();
    }

    /** The name with the username, which stays readable after the display name changes; a user who is gone by key. */
    private static String name(Person person) {
        if (!person.known()) {
            return person.key();
        }
        return person.username().equals(person.displayName()) ? person.username() : person.displayName() + " (" + person.username() + ")";
    }
}
