package com.atlassian.confluence.macro;

/**
 * Compile-only shim: a checked exception with the four public constructors of the real class.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.7/com/atlassian/confluence/macro/MacroExecutionException.html
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
