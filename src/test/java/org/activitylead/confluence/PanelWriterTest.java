package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PanelWriterTest {

    @Test
    void keepsEveryWriteInOrderWhateverItsForm() throws IOException {
        PanelWriter writer = new PanelWriter(4);

        writer.write("<div class=\"x\">");
        writer.write("ab<bdi>cd".toCharArray(), 2, 5);
        writer.write('\u00e9');
        writer.write("--Tom & Jerry--", 2, 11);
        writer.append("</bdi>").append("</div>", 0, 6);
        writer.flush();
        writer.close();

        assertThat(writer).hasToString("<div class=\"x\"><bdi>\u00e9Tom & Jerry</bdi></div>");
    }

    @Test
    void growsPastTheExpectedLength() throws IOException {
        PanelWriter writer = new PanelWriter(1);

        writer.write("x".repeat(10_000));

        assertThat(writer.toString()).hasSize(10_000);
    }
}
