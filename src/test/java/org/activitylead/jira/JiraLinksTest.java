package org.activitylead.jira;

import static org.activitylead.testing.PersonBuilder.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JiraLinksTest {

    @Test
    void linksTheProfilePageByUsernameWithTheQueryTheHoverCardReads() {
        assertThat(JiraLinks.below("/jira").profile(aPerson("a&b=c").build())).isEqualTo("/jira/secure/ViewProfile.jspa?name=a%26b%3Dc");
    }

    @Test
    void showsTheAvatarByUserKeyWhateverTheHostSaidAboutPictures() {
        assertThat(JiraLinks.below("/jira").avatar(aPerson("bob").key("JIRA USER#1").avatarPath(null).build()))
                .contains("/jira/secure/useravatar?size=xsmall&ownerId=JIRA%20USER%231");
    }
}
