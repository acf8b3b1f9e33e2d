package org.yjtracker.access.entity;

import java.util.Set;

/** An account that can sign in, as other components address it: who, where to write, what for. */
public record ActiveAccount(
    long id, String email, String displayName, Set<Role> roles, Set<Long> organisationIds) {

  public ActiveAccount {
    roles = Set.copyOf(roles);
    organisationIds = Set.copyOf(organisationIds);
  }

  public boolean hasAnyRole(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  public boolean isInspectorate() {
    return roles.stream().anyMatch(Role::isInspectorate);
  }
}
