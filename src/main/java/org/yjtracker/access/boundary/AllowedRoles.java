package org.yjtracker.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.yjtracker.access.entity.Role;

/**
 * The roles that may call a resource method (or every method of a resource class). Without it, any
 * signed-in caller may; {@link Anonymous} opens a method to everybody.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
  Role[] value();
}
