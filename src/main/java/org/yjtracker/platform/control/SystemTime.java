package org.yjtracker.platform.control;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The machine's own {@link java.time.Clock}, which the adjustable test clock never moves. Only for
 * windows that guard sign-in (the throttle, the HTTP Basic credential cache): a test moving the
 * tracker's clock 100 days on and back must neither lift a lockout nor leave one behind that lasts
 * 100 days. Everything the tracker records or decides by date uses the plain injected clock.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface SystemTime {}
