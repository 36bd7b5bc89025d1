package org.apache.struts2.interceptor.parameter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim of Struts' marker for setters that may receive request parameters (Struts 6.4, which Confluence
 * requires on every parameter setter since 8.8): https://struts.apache.org/core-developers/struts-parameter-annotation
 * and https://developer.atlassian.com/server/confluence/struts-module/ ("Defining Request Parameters"). The package
 * and the depth member are inferred for Confluence 9.2 and 10.2 (docs/host-contract.md); where the host lacks the
 * class, the JVM ignores the annotation. Left out: nothing else is declared.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface StrutsParameter {

    int depth() default 0;
}
