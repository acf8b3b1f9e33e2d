package org.yjtracker.web.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.yjtracker.access.entity.Role;

/**
 * The service navigation: every page belongs to one section, and a section shows only to the roles
 * that may use its pages.
 */
public enum Section {
  HOME("/start", "Home"),
  INSPECTIONS("/inspections", "Inspections"),
  DASHBOARD("/dashboard", "Dashboard", Role.INSPECTORATE_ADMIN, Role.INSPECTOR),
  PLANS("/my-actions", "My actions"),
  THEMES("/themes", "Themes"),
  ORGANISATIONS("/organisations", "Organisations"),
  USERS("/users", "Users", Role.INSPECTORATE_ADMIN),
  AUDIT("/audit", "Audit trail", Role.INSPECTORATE_ADMIN),
  ACCOUNT("/account", "Your account");

  private final String href;
  private final String label;
  private final Set<Role> roles;

  Section(String href, String label, Role... roles) {
    this.href = href;
    this.label = label;
    this.roles =
        roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
  }

  public boolean shownTo(Set<Role> callerRoles) {
    return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
  }

  public String href() {
    return href;
  }

  public String label() {
    return label;
  }
}
