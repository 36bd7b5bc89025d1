package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim: SAL's marker for screens that need the secure administrator session.
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoRequired.html (annotation, kept at
 * run time, on types, methods and packages; checked against sal-api 5.1.4 in the decompiled Confluence 8.7.2 tree).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Inherited
public @interface WebSudoRequired {
}
