package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only shim, called only: the one overload the app uses, with both declared exceptions
 * (RenderingException is unchecked, IOException is checked).
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 */
public interface TemplateRenderer {

    /** Renders a template resource of the calling plugin; the name is a class-path location, never user input. */
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
