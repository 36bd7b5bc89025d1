package org.activitylead.core.people;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

class PersonViewsTest {

    /** Links that say which person they were asked about, so a test sees what the view took from the port. */
    private static final ProductLinks LINKS = new ProductLinks() {
        @Override
        public String profile(Person person) {
            return "/profile/" + person.username();
        }

        @Override
        public Optional<String> avatar(Person person) {
            return Optional.of("/avatar/" + person.key() + "?a&b");
        }

        @Override
        public HoverCard hoverCard() {
            return new HoverCard("hover-me", HoverCard.Hook.DATA_USERNAME);
        }
    };

    private static PersonViews views(boolean interactive) {
        return new PersonViews(new Texts(BundleTranslator.english()), LINKS, interactive, "activity-lead.person.deactivated");
    }

    @Test
    void showsAnActivePersonWithTheProductsLinksAndHoverCardEncoded() {
        assertThat(views(true).of(aPerson("alice").displayName("Alice <A>").build())).isEqualTo(new PersonView(
                "activity-lead-person", new ProfileLinkView("hover-me", "/profile/alice", null, "alice"),
                "/avatar/key-alice?a&amp;b", "Alice &lt;A&gt;", null));
    }

    @Test
    void putsTheUsernameWhereTheProductsHoverCardReadsIt() {
        ProductLinks rel = new ProductLinks() {
            @Override
            public String profile(Person person) {
                return "/p";
            }

            @Override
            public Optional<String> avatar(Person person) {
                return Optional.empty();
            }

            @Override
            public HoverCard hoverCard() {
                return new HoverCard("by-rel", HoverCard.Hook.REL);
            }
        };

        PersonView bob = new PersonViews(new Texts(BundleTranslator.english()), rel, true, "activity-lead.person.deactivated")
                .of(aPerson("b&b").build());

        assertThat(bob.link()).isEqualTo(new ProfileLinkView("by-rel", "/p", "b&amp;b", null));
        assertThat(bob.avatarUrlHtml()).isNull();
    }

    @Test
    void leavesTheAvatarAndHoverCardOutOfStaticOutput() {
        PersonView alice = views(false).of(aPerson("alice").build());

        assertThat(alice.avatarUrlHtml()).isNull();
        assertThat(alice.link()).isEqualTo(new ProfileLinkView(null, "/profile/alice", null, null));
    }

    @Test
    void marksADeactivatedPersonWithTheGivenWords() {
        PersonView gone = views(true).of(aPerson("gone").deactivated().build());

        assertThat(gone.cssClasses()).isEqualTo("activity-lead-person activity-lead-person-deactivated");
        assertThat(gone.stateHtml()).isEqualTo("(deactivated)");
    }

    @Test
    void showsAnUnknownPersonWithoutLinksAvatarOrUsernameAndWithTheGivenState() {
        assertThat(views(true).of(Person.unknown("ghost"), "(key ghost)")).isEqualTo(new PersonView(
                "activity-lead-person activity-lead-person-unknown", null, null, "Unknown user", "(key ghost)"));
        assertThat(views(true).of(Person.unknown("ghost")).stateHtml()).isNull();
    }
}
