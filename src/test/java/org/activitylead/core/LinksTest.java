package org.activitylead.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void buildsProfileLinksBelowTheContextPath() {
        assertThat(Links.below("/wiki").profile("alice")).isEqualTo("/wiki/display/~alice");
        assertThat(Links.below("").profile("alice")).isEqualTo("/display/~alice");
        assertThat(Links.below("https://wiki.example.com/").profile("alice")).isEqualTo("https://wiki.example.com/display/~alice");
    }

    @Test
    void encodesTheUsernameAsOnePathSegment() {
        assertThat(Links.below("/wiki").profile("a b/../\"x\"?y#z")).isEqualTo("/wiki/display/~a%20b%2F..%2F%22x%22%3Fy%23z");
        assertThat(Links.below("").profile("javascript:alert(1)")).isEqualTo("/display/~javascript%3Aalert%281%29");
    }

    @Test
    void fallsBackToTheRootForABaseUrlThatIsNotHttp() {
        assertThat(Links.below("javascript:alert(1)//").profile("a")).isEqualTo("/display/~a");
        assertThat(Links.below("//evil.example").profile("a")).isEqualTo("/display/~a");
        assertThat(Links.below(null).profile("a")).isEqualTo("/display/~a");
    }

    @Test
    void acceptsOnlyPlainPathsAsAvatars() {
        Links links = Links.below("/wiki");
        assertThat(links.avatar("/images/icons/profilepics/default.svg")).contains("/wiki/images/icons/profilepics/default.svg");
        assertThat(links.avatar("/download/attachments/1/user-avatar?version=2")).contains("/wiki/download/attachments/1/user-avatar?version=2");
        assertThat(links.avatar("javascript:alert(1)")).isEmpty();
        assertThat(links.avatar("//evil.example/x.png")).isEmpty();
        assertThat(links.avatar("/x\" onerror=\"alert(1)")).isEmpty();
        assertThat(links.avatar("/a\\b")).isEmpty();
        assertThat(links.avatar(null)).isEmpty();
    }
}
