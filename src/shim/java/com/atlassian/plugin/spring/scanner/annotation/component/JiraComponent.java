package com.atlassian.plugin.spring.scanner.annotation.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim. Same target, retention and single member as the host's annotation; its
 * meta-annotations (Spring's Component, the scanner's OnlyInProduct) are left out because nothing here
 * reads them: the bean wiring comes from the index files under META-INF/plugin-components.
 * https://bitbucket.org/atlassian/atlassian-spring-scanner
 */
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface JiraComponent {
    String value() default "";
}
