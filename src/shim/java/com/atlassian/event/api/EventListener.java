package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only shim of the annotation the host's event publisher looks for on a public one-argument method.
 * https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListener.java (atlassian-event 5.0.2): runtime retention, methods only, scope and order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {

    String scope() default "";

    int order() default 0;
}
