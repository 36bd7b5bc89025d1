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
}
