package org.yjtracker.access.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in account making the current request, as the authentication mechanism found it.
 * Facades take it as a parameter, so every rule about who may do what is visible in a signature.
 */
public record Caller(
    long id,
    String email,
    String displayName,
    Set<Role> roles,
    Set<Long> organisationIds,
    AuthMethod method) {

  public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

  /** Work the application does by itself (start-up, demo data) is recorded as "system". */
  public static final Caller SYSTEM =
      new Caller(
          0, "system", "System", EnumSet.of(Role.INSPECTORATE_ADMIN), Set.of(), AuthMethod.NONE);

  public enum AuthMethod {
    SESSION,
    BASIC,
    TOKEN,
    NONE
  }

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    organisationIds = Set.copyOf(organisationIds);
  }

  public boolean isInspectorate() {
    return roles.stream().anyMatch(Role::isInspectorate);
  }

  public boolean hasAnyRole(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Cookie-authenticated requests are the ones a forged cross-site form could ride on. */
  public boolean needsCsrfToken() {
    return method == AuthMethod.SESSION;
  }
}
