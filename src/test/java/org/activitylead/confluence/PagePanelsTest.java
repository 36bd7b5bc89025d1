package org.activitylead.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroDefinitionHandler;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's panels as Confluence's macro walk reports them; the walk itself is the host's (a stand-in here). */
class PagePanelsTest {

    private static final String BODY = "<ac:structured-macro ac:name=\"activity-lead-status\">...</ac:structured-macro>";

    private final XhtmlContent xhtml = mock(XhtmlContent.class);

    static Page page(String body) {
        Page page = mock(Page.class);
        when(page.getBodyAsString()).thenReturn(body);
        when(page.getId()).thenReturn(4242L);
        return page;
    }

    static MacroDefinition macro(String name, Map<String, String> parameters) {
        MacroDefinition macro = mock(MacroDefinition.class);
        when(macro.getName()).thenReturn(name);
        when(macro.getParameters()).thenReturn(parameters);
        return macro;
    }

    private void walkFinds(MacroDefinition... macros) throws Exception {
        doAnswer(call -> {
            MacroDefinitionHandler handler = call.getArgument(2);
            for (MacroDefinition macro : macros) {
                handler.handle(macro);
            }
            return null;
        }).when(xhtml).handleMacroDefinitions(eq(BODY), any(), any());
    }

    @Test
    void listsThePanelsParametersInPageOrderAndNoOtherMacro() throws Exception {
        Map<String, String> withNulls = new HashMap<>();
        withNulls.put("activityLead", "bob");
        withNulls.put("pm", null);
        walkFinds(macro("activity-lead-status", Map.of("activityLead", "alice")), macro("info", Map.of("title", "x")),
                macro("activity-lead-status", withNulls), macro("activity-lead-status", null));

        List<Map<String, String>> panels = new PagePanels(xhtml).of(page(BODY));

        assertThat(panels).containsExactly(Map.of("activityLead", "alice"), Map.of("activityLead", "bob"), Map.of());
    }

    @Test
    void readsNothingOfAnEmptyPage() throws Exception {
        assertThat(new PagePanels(xhtml).of(page(""))).isEmpty();
        assertThat(new PagePanels(xhtml).of(page(null))).isEmpty();
        verifyNoInteractions(xhtml);
    }

    @Test
    void tellsCheaplyWhetherAPageMayHoldAPanel() {
        assertThat(PagePanels.mayHold(page(BODY))).isTrue();
        assertThat(PagePanels.mayHold(page("<p>Hello</p>"))).isFalse();
        assertThat(PagePanels.mayHold(page(null))).isFalse();
    }
}
