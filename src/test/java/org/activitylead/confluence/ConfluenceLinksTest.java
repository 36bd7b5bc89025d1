package org.activitylead.confluence;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfluenceLinksTest {

    @Test
    void linksTheProfileAsThePersonalSpaceBelowTheContextPath() {
        assertThat(ConfluenceLinks.below("/wiki").profile(aPerson("alice").build())).isEqualTo("/wiki/display/~alice");
        assertThat(ConfluenceLinks.below("https://wiki.example.com/").profile(aPerson("alice").build()))
                .isEqualTo("https://wiki.example.com/display/~alice");
    }

    @Test
    void encodesTheUsernameAsOnePathSegment() {
        assertThat(ConfluenceLinks.below("/wiki").profile(aPerson("a b/../\"x\"?y#z").build()))
                .isEqualTo("/wiki/display/~a%20b%2F..%2F%22x%22%3Fy%23z");
        assertThat(ConfluenceLinks.below("").profile(aPerson("javascript:alert(1)").build()))
                .isEqualTo("/display/~javascript%3Aalert%281%29");
    }

    @Test
    void showsTheAvatarConfluenceGaveOnlyWhenItIsAPlainPath() {
        assertThat(ConfluenceLinks.below("/wiki").avatar(aPerson("alice").build())).contains("/wiki/images/icons/profilepics/alice.png");
        assertThat(ConfluenceLinks.below("/wiki").avatar(aPerson("alice").avatarPath("//evil.example/x.png").build())).isEmpty();
        assertThat(ConfluenceLinks.below("/wiki").avatar(aPerson("alice").avatarPath(null).build())).isEmpty();
    }

    @Test
    void linksAFoundPageOnlyByAPlainPathBelowTheSite() {
        assertThat(ConfluenceLinks.below("/wiki").page("/display/ENG/Launch+Plan")).contains("/wiki/display/ENG/Launch+Plan");
        assertThat(ConfluenceLinks.below("/wiki").page("/pages/viewpage.action?pageId=42")).contains("/wiki/pages/viewpage.action?pageId=42");
        assertThat(ConfluenceLinks.below("/wiki").page("//evil.example/x")).isEmpty();
        assertThat(ConfluenceLinks.below("/wiki").page("javascript:alert(1)")).isEmpty();
        assertThat(ConfluenceLinks.below("/wiki").page("/display/ENG/\"><script>")).isEmpty();
    }

    @Test
    void searchesConfluenceWithTheQueryAsOneEncodedParameter() {
        assertThat(ConfluenceLinks.below("/wiki").search("space = \"ENG\" and label = \"a&b\" order by title"))
                .isEqualTo("/wiki/dosearchsite.action?cql=space+%3D+%22ENG%22+and+label+%3D+%22a%26b%22+order+by+title");
    }

    @Test
    void hooksTheProfileLinkToConfluencesHoverCard() {
        assertThat(ConfluenceLinks.below("").hoverCard().linkClasses()).isEqualTo("confluence-userlink user-mention");
    }

    @Test
    void linksAPageByItsIdAndTheRecordingFormsBelowTheSite() {
        ConfluenceLinks links = ConfluenceLinks.below("https://wiki.example.com/wiki");

        assertThat(links.content(98305)).isEqualTo("https://wiki.example.com/wiki/pages/viewpage.action?pageId=98305");
        assertThat(links.startRecording()).isEqualTo("https://wiki.example.com/wiki/admin/activity-lead/start-recording.action");
        assertThat(links.stopRecording()).isEqualTo("https://wiki.example.com/wiki/admin/activity-lead/stop-recording.action");
        assertThat(links.recordingScreen()).isEqualTo("https://wiki.example.com/wiki/admin/activity-lead/recording.action");
        assertThat(links.healthScreen()).isEqualTo("https://wiki.example.com/wiki/admin/activity-lead/health.action");
    }
}
