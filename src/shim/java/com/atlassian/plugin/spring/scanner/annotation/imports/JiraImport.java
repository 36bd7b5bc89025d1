package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim (atlassian-spring-scanner-annotation), written from the public documentation:
 * https://bitbucket.org/atlassian/atlassian-spring-scanner
 * The host's annotation (with its {@code @OnlyInProduct(JIRA)}) is the one loaded at run time;
 * bean wiring is driven by the index files under META-INF/plugin-components.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface JiraImport {
    String value() default "";
}
