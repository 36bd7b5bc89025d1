package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim with the host annotation's target, retention and single member. Not used directly by
 * the app; it is here because ConfluenceImport carries it as a meta-annotation.
 * https://bitbucket.org/atlassian/atlassian-spring-scanner
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
