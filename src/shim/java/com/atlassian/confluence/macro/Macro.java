package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Compile-only shim. The app implements this type, so it declares every member of the real interface:
 * three abstract methods, two nested enums (constants in declaration order), no default methods.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType { INLINE, BLOCK }

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
