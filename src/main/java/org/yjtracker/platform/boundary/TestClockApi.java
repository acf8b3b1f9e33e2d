package org.yjtracker.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resource that moves the test clock. It exists only when the clock is adjustable ({@link
 * AdjustableClockOnly}, {@link OpenApiCleanup}); the resource itself lives with the roles that
 * guard it (access), so the platform names it by this mark rather than by its class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TestClockApi {
  String TAG = "Test clock";
  String PATH = "/api/admin/clock";
}
