package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.activitylead.jira.JiraLinks;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.people.ProfileLinkView;
import org.activitylead.testing.BundleTranslator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriViewsTest {

    private static final String FIELD = "customfield_10100";

    private final DriViews views = views(Locale.ENGLISH, "/jira");

    private static DriViews views(Locale locale, String baseUrl) {
        return new DriViews(new Texts(BundleTranslator.of(locale)), JiraLinks.below(baseUrl));
    }

    @Test
    void showsAnActiveDriWithAvatarProfileLinkAndName() {
        DriFieldView view = views.field(FIELD, Person.of("JIRAUSER10001", "alice", "Alice Example", true, null));

        assertThat(view.dri()).isEqualTo(new PersonView("activity-lead-person",
                new ProfileLinkView("user-hover", "/jira/secure/ViewProfile.jspa?name=alice", "alice", null),
                "/jira/secure/useravatar?size=xsmall&amp;ownerId=JIRAUSER10001", "Alice Example", null));
        assertThat(view.fieldIdHtml()).isEqualTo(FIELD);
        assertThat(view.usernameHtml()).isEqualTo("alice");
        assertThat(view.placeholderHtml()).isEqualTo("Username of the DRI");
    }

    @ParameterizedTest
    @CsvSource({"en, (inactive)", "de, (inaktiv)", "fr, (inactif)"})
    void marksADeactivatedDriInTheViewersLanguage(String language, String inactive) {
        DriFieldView view = views(Locale.forLanguageTag(language), "")
                .field(FIELD, Person.of("JIRAUSER10003", "gone", "Gina Gone", false, null));

        assertThat(view.dri().cssClasses()).isEqualTo("activity-lead-person activity-lead-person-deactivated");
        assertThat(view.dri().displayNameHtml()).isEqualTo("Gina Gone");
        assertThat(view.dri().link().hrefHtml()).isEqualTo("/secure/ViewProfile.jspa?name=gone");
        assertThat(view.dri().stateHtml()).isEqualTo(inactive);
    }

    @Test
    void showsAnUnknownKeyAsSuchWithoutLinkOrAvatar() {
        DriFieldView view = views.field(FIELD, Person.unknown("JIRAUSER99999"));

        assertThat(view.dri()).isEqualTo(new PersonView("activity-lead-person activity-lead-person-unknown", null, null,
                "Unknown user", "(user key JIRAUSER99999)"));
        assertThat(view.usernameHtml()).as("nothing to send back for an unknown user").isNull();
        assertThat(view.valueHtml(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, None, Unknown user", "de, Keiner, Unbekannter Benutzer", "fr, Aucun, Utilisateur inconnu"})
    void showsNoneWithoutAStoredKey(String language, String none, String unknown) {
        DriViews translated = views(Locale.forLanguageTag(language), "/jira");

        DriFieldView view = translated.field(FIELD, null);

        assertThat(view.dri()).isNull();
        assertThat(view.noneHtml()).isEqualTo(none);
        assertThat(view.usernameHtml()).isNull();
        assertThat(translated.field(FIELD, Person.unknown("k")).dri().displayNameHtml()).isEqualTo(unknown);
    }

    @Test
    void encodesEveryUserProvidedString() {
        Person hostile = Person.of("k\"><img src=x onerror=alert(1)>", "a&b\"c d/../?x#y",
                "<script>alert(document.cookie)</script>\u202Eevil", true, null);

        PersonView person = views.field("customfield_<1>", hostile).dri();

        assertThat(person.displayNameHtml()).isEqualTo("&lt;script&gt;alert(document.cookie)&lt;/script&gt;evil");
        assertThat(person.link().relHtml()).isEqualTo("a&amp;b&#34;c d/../?x#y");
        assertThat(person.link().hrefHtml()).isEqualTo("/jira/secure/ViewProfile.jspa?name=a%26b%22c%20d%2F..%2F%3Fx%23y");
        assertThat(person.avatarUrlHtml())
                .isEqualTo("/jira/secure/useravatar?size=xsmall&amp;ownerId=k%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E");
        assertThat(views.field("customfield_<1>", null).fieldIdHtml()).isEqualTo("customfield_&lt;1&gt;");
        assertThat(views.field(FIELD, Person.unknown(hostile.key())).dri().stateHtml())
                .isEqualTo("(user key k&#34;&gt;&lt;img src=x onerror=alert(1)&gt;)");
        assertThat(views.field(FIELD, hostile).usernameHtml()).isEqualTo("a&amp;b&#34;c d/../?x#y");
    }

    @Test
    void buildsLinksFromUsernameAndKeyBelowTheBaseUrlOnly() {
        Person javascript = Person.of("javascript:alert(1)", "javascript:alert(1)", "J", true, null);

        PersonView person = views(Locale.ENGLISH, "javascript:alert(1)//").field(FIELD, javascript).dri();
        PersonView absolute = views(Locale.ENGLISH, "https://jira.example.com/").field(FIELD, javascript).dri();

        assertThat(person.link().hrefHtml()).isEqualTo("/secure/ViewProfile.jspa?name=javascript%3Aalert%281%29");
        assertThat(absolute.link().hrefHtml()).isEqualTo("https://jira.example.com/secure/ViewProfile.jspa?name=javascript%3Aalert%281%29");
        assertThat(absolute.avatarUrlHtml()).isEqualTo("https://jira.example.com/secure/useravatar?size=xsmall&amp;ownerId=javascript%3Aalert%281%29");
    }
}
