package org.activitylead.confluence;

import com.atlassian.confluence.content.render.xhtml.DefaultConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.content.render.xhtml.model.resource.identifiers.UserResourceIdentifier;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activitylead.core.handover.Handover;
import org.activitylead.core.handover.PageOutcome;
import org.activitylead.core.handover.PageRewrite;
import org.activitylead.core.handover.PanelHandover;
import org.activitylead.core.handover.PanelPeople;
import org.activitylead.core.handover.References;
import org.activitylead.core.panel.Role;
import org.activitylead.core.people.People;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;

/**
 * A handover written into a page's storage format by Confluence itself: its own walk over the macro definitions
 * ({@code XhtmlContent.updateMacroDefinitions}), never string surgery of ours. In each Activity Lead panel only the
 * typed user parameters of the handed-over roles that name the leaver are set again, every reference they keep being
 * the very object Confluence read; every other parameter, macro and byte of text is Confluence's to write back.
 */
@ConfluenceComponent
public class StorageHandover {

    /** Confluence's references, kept as they are: a user by key, or by username where it could not resolve one. */
    private static final References<UserResourceIdentifier> REFERENCES = new References<>() {
        @Override
        @SuppressWarnings("deprecation") // the username is all a reference without a key holds
        public UserRef named(UserResourceIdentifier reference) {
            return new UserRef(reference.hasUserKey() ? reference.getUserKey().getStringValue() : reference.getUsername());
        }

        @Override
        public UserResourceIdentifier byKey(Person successor) {
            return UserResourceIdentifier.create(new UserKey(successor.key()));
        }
    };

    private final XhtmlContent xhtmlContent;

    public StorageHandover(@ConfluenceImport XhtmlContent xhtmlContent) {
        this.xhtmlContent = xhtmlContent;
    }

    PageRewrite rewrite(AbstractPage page, Handover handover, People people) {
        if (!PagePanels.mayHold(page)) {
            return new PageRewrite.Left(PageOutcome.NO_LONGER_NAMED);
        }
        Walk walk = new Walk(handover, people);
        String body;
        try {
            body = xhtmlContent.updateMacroDefinitions(page.getBodyAsString(), new DefaultConversionContext(page.toPageContext()), walk::update);
        } catch (XhtmlException | RuntimeException e) {
            return new PageRewrite.Left(PageOutcome.NOT_REWRITTEN);
        }
        if (walk.namedAsText) {
            return new PageRewrite.Left(PageOutcome.NAMED_AS_TEXT);
        }
        if (walk.changed.isEmpty() || body == null) {
            return new PageRewrite.Left(walk.changed.isEmpty() ? PageOutcome.NO_LONGER_NAMED : PageOutcome.NOT_REWRITTEN);
        }
        return new PageRewrite.Rewritten(body, walk.changed);
    }

    /** One walk over a page: what it changed, and whether the leaver is named in a way only an author can change. */
    private static final class Walk {
        private final Handover handover;
        private final People people;
        private final Set<Role> changed = EnumSet.noneOf(Role.class);
        private boolean namedAsText;

        Walk(Handover handover, People people) {
            this.handover = handover;
            this.people = people;
        }

        MacroDefinition update(MacroDefinition macro) {
            if (!PagePanels.MACRO_NAME.equals(macro.getName())) {
                return macro;
            }
            Map<String, Object> typed = macro.getTypedParameters();
            Map<Role, List<UserResourceIdentifier>> named = new EnumMap<>(Role.class);
            for (Role role : handover.roles()) {
                Optional<List<UserResourceIdentifier>> references = references(typed.get(role.parameter().storageName()));
                if (references.isPresent()) {
                    named.put(role, references.get());
                } else if (namesLeaverAsText(typed.get(role.parameter().storageName()))) {
                    namedAsText = true;
                }
            }
            PanelHandover.apply(new PanelPeople<>(named), handover, people, REFERENCES).ifPresent(rewrite -> {
                for (Role role : rewrite.changed()) {
                    List<UserResourceIdentifier> now = rewrite.after().in(role);
                    // One reference is stored as one value, several as a list: as Confluence itself reads them.
                    macro.setTypedParameter(role.parameter().storageName(), now.size() == 1 ? now.get(0) : new ArrayList<>(now));
                }
                changed.addAll(rewrite.changed());
            });
            return macro;
        }

        /** The user references a typed value holds; empty for anything else (plain text, a link). */
        private static Optional<List<UserResourceIdentifier>> references(Object value) {
            if (value == null) {
                return Optional.of(List.of());
            }
            if (value instanceof UserResourceIdentifier user) {
                return Optional.of(List.of(user));
            }
            if (value instanceof List<?> list && list.stream().allMatch(UserResourceIdentifier.class::isInstance)) {
                return Optional.of(list.stream().map(UserResourceIdentifier.class::cast).toList());
            }
            return Optional.empty();
        }

        /** A user parameter stored as plain text cannot be given back to Confluence as text: an author must edit it. */
        private boolean namesLeaverAsText(Object value) {
            if (!(value instanceof String text)) {
                return false;
            }
            try {
                return UserRef.commaSeparated(text).stream().anyMatch(ref -> people.person(ref).sameUserAs(handover.leaver()));
            } catch (UserRef.InvalidUserRef e) {
                return false;
            }
        }
    }
}
