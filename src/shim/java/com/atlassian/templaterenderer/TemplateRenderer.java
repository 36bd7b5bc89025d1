package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only shim, only the members the app calls. Written from the public javadoc:
 * https://docs.atlassian.com/atlassian-template-renderer/2.0.0/com/atlassian/templaterenderer/TemplateRenderer.html
 */
public interface TemplateRenderer {

    /** Renders a template resource of the calling plugin; the name is a class-path location, never user input. */
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
