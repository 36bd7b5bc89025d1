package com.atlassian.confluence.api.service.exceptions;

/**
 * Compile-only shim. https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.confluence_confluence-java-api-8.7.2/com/atlassian/confluence/api/service/exceptions/ServiceException.java (public class extending RuntimeException).
 * Left out: the constructors and the sub-classes (the app catches this one).
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private ServiceException() {
    }
}
