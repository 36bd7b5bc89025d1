package org.activitylead.confluence;

import com.atlassian.confluence.content.render.xhtml.DefaultConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Activity Lead panels of a page, read from its storage format with Confluence's own walk over macro definitions
 * (never a parser of ours): each panel's parameters, in page order. A user parameter reads as the user's username.
 */
@ConfluenceComponent
public class PagePanels {

    /** The macro's name in storage format: the xhtml-macro module's name in atlassian-plugin.xml. */
    static final String MACRO_NAME = "activity-lead-status";

    private final XhtmlContent xhtmlContent;

    public PagePanels(@ConfluenceImport XhtmlContent xhtmlContent) {
        this.xhtmlContent = xhtmlContent;
    }

    /**
     * Whether the page's storage format may hold a panel: it names the macro. Cheap, so a save of a page without the
     * app costs one string search; a page that only mentions the name is parsed and found to hold none.
     */
    static boolean mayHold(AbstractPage page) {
        String body = page.getBodyAsString();
        return body != null && body.contains(MACRO_NAME);
    }

    List<Map<String, String>> of(AbstractPage page) throws XhtmlException {
        List<Map<String, String>> panels = new ArrayList<>();
        if (!mayHold(page)) {
            // No walk over a body that cannot hold a panel (the recorder also checks pages whose edit removed one).
            return panels;
        }
        xhtmlContent.handleMacroDefinitions(page.getBodyAsString(), new DefaultConversionContext(page.toPageContext()), macro -> {
            if (MACRO_NAME.equals(macro.getName())) {
                panels.add(macro.getParameters() == null ? Map.of() : Map.copyOf(withoutNulls(macro.getParameters())));
            }
        });
        return panels;
    }

    private static Map<String, String> withoutNulls(Map<String, String> parameters) {
        Map<String, String> copy = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}
