package com.atlassian.confluence.macro;

/**
 * Compile-only shim, written from the public javadoc:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/MacroExecutionException.html
 */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
