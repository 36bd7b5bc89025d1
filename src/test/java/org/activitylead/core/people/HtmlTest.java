package org.activitylead.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void encodesTheFiveHtmlSpecialCharacters() {
        assertThat(Html.encode("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&#34;x&#34;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }

    @Test
    void removesControlsAndBidiOverridesButKeepsRightToLeftText() {
        assertThat(Html.encode("\u202Eevil\u202C")).isEqualTo("evil");
        assertThat(Html.encode("a\u0000b\r\nc\u2066d\u2069")).isEqualTo("abcd");
        assertThat(Html.encode("\u05E9\u05DC\u05D5\u05DD")).isEqualTo("\u05E9\u05DC\u05D5\u05DD");
    }

    @Test
    void leavesVelocityAndExpressionSyntaxAsText() {
        assertThat(Html.encode("#set($x = 7 * 7)$x ${7*7}")).isEqualTo("#set($x = 7 * 7)$x ${7*7}");
    }

    @Test
    void keepsNullForAbsentValues() {
        assertThat(Html.encode(null)).isNull();
    }
}
