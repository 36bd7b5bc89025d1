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
    };

    private static PersonViews views(boolean avatars) {
        return new PersonViews(new Texts(BundleTranslator.english()), LINKS, avatars, "activity-lead.person.deactivated");
    }

    @Test
    void showsAnActivePersonWithTheProductsLinksEncoded() {
        assertThat(views(true).of(aPerson("alice").displayName("Alice <A>").build())).isEqualTo(new PersonView(
                "activity-lead-person", "/profile/alice", "alice", "/avatar/key-alice?a&amp;b", "Alice &lt;A&gt;", null));
    }

    @Test
    void leavesTheAvatarOutWhenAvatarsAreOff() {
        assertThat(views(false).of(aPerson("alice").build()).avatarUrlHtml()).isNull();
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
                "activity-lead-person activity-lead-person-unknown", null, null, null, "Unknown user", "(key ghost)"));
        assertThat(views(true).of(Person.unknown("ghost")).stateHtml()).isNull();
    }
}
