package com.atlassian.templaterenderer;

/**
 * Compile-only shim, written from the public javadoc:
 * https://docs.atlassian.com/atlassian-template-renderer/2.0.0/com/atlassian/templaterenderer/RenderingException.html
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
