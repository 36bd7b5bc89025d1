package com.atlassian.templaterenderer;

/**
 * Compile-only shim: unchecked, with the three public constructors of the real class.
 * Named in the throws clauses of
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
