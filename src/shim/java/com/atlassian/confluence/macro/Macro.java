package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Compile-only shim, written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.html
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.BodyType.html */
    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }

    /** https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.OutputType.html */
    enum OutputType { INLINE, BLOCK }
}
