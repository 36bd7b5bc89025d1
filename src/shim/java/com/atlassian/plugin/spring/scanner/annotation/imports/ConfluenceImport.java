package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim with the host annotation's target, retention, member and ComponentImport
 * meta-annotation; the scanner's OnlyInProduct meta-annotation is left out (nothing here reads it, the
 * Confluence-only imports are listed in META-INF/plugin-components/imports-confluence).
 * https://developer.atlassian.com/server/confluence/how-do-i-get-a-reference-to-a-component/
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface ConfluenceImport {
    String value() default "";
}
