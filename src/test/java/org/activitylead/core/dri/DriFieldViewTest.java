package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edit control's value: it always carries a DRI back, so a full edit or a bulk edit never wipes one silently. */
class DriFieldViewTest {

    private final DriFieldView view = new DriFieldView("customfield_10100", null, "None", "alice", "Username of the DRI",
            "customfield_10100-suggestions");

    @Test
    void sendsTheStoredDriBackWhenNothingWasSubmitted() {
        assertThat(view.valueHtml(null)).isEqualTo("alice");
        assertThat(view.valueHtml("")).isEqualTo("alice");
        assertThat(view.valueHtml("  ")).isEqualTo("alice");
        assertThat(view.valueHtml(new String[] {"bob"})).as("not a single string").isEqualTo("alice");
    }

    @Test
    void showsWhatWasJustSubmittedTrimmedAndEncoded() {
        assertThat(view.valueHtml(" bob ")).isEqualTo("bob");
        assertThat(view.valueHtml("\"><img src=x onerror=alert(1)>")).isEqualTo("&#34;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }
}
