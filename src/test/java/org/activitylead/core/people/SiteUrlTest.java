package org.activitylead.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteUrlTest {

    @Test
    void putsPathsBelowTheContextPathWithoutADoubleSlash() {
        assertThat(SiteUrl.of("/wiki").at("/x")).isEqualTo("/wiki/x");
        assertThat(SiteUrl.of("").at("/x")).isEqualTo("/x");
        assertThat(SiteUrl.of("https://wiki.example.com/").at("/x")).isEqualTo("https://wiki.example.com/x");
    }

    @Test
    void fallsBackToTheRootForABaseUrlThatIsNotHttp() {
        assertThat(SiteUrl.of("javascript:alert(1)//").at("/x")).isEqualTo("/x");
        assertThat(SiteUrl.of("//evil.example").at("/x")).isEqualTo("/x");
        assertThat(SiteUrl.of(null).at("/x")).isEqualTo("/x");
    }

    @Test
    void acceptsOnlyPlainPathsFromTheHost() {
        SiteUrl site = SiteUrl.of("/wiki");
        assertThat(site.atHostPath("/images/icons/profilepics/default.svg")).contains("/wiki/images/icons/profilepics/default.svg");
        assertThat(site.atHostPath("/download/attachments/1/user-avatar?version=2")).contains("/wiki/download/attachments/1/user-avatar?version=2");
        assertThat(site.atHostPath("javascript:alert(1)")).isEmpty();
        assertThat(site.atHostPath("//evil.example/x.png")).isEmpty();
        assertThat(site.atHostPath("/x\" onerror=\"alert(1)")).isEmpty();
        assertThat(site.atHostPath("/a\\b")).isEmpty();
        assertThat(site.atHostPath(null)).isEmpty();
    }
}
