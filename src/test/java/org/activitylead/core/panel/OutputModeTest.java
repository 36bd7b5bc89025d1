package org.activitylead.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputModeTest {

    @Test
    void pageViewsAndPreviewsAreInteractive() {
        assertThat(OutputMode.ofHostOutputType("display")).isEqualTo(OutputMode.INTERACTIVE);
        assertThat(OutputMode.ofHostOutputType("preview")).isEqualTo(OutputMode.INTERACTIVE);
    }

    @Test
    void exportsAndAnythingUnknownAreStatic() {
        for (String type : new String[] {"pdf", "word", "email", "html_export", "feed", "diff", "DISPLAY", "", null}) {
            assertThat(OutputMode.ofHostOutputType(type)).as(String.valueOf(type)).isEqualTo(OutputMode.STATIC);
        }
    }
}
