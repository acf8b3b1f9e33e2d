package org.yjtracker.notification.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.access.entity.Role;

/**
 * Who answers for what, by the same rules as the start page and "My actions": an action's lead
 * organisation's partners, leads and board members, and its service's leads and board members
 * (members of the service or of its board); a plan's service's leads and board members.
 */
public final class Responsible {

  private static final Role[] ACTION_ROLES = {Role.PARTNER, Role.SERVICE_LEAD, Role.BOARD_MEMBER};
  private static final Role[] PLAN_ROLES = {Role.SERVICE_LEAD, Role.BOARD_MEMBER};

  private final Map<Long, List<ActiveAccount>> byOrganisation = new HashMap<>();
  private final Map<String, ActiveAccount> byEmail = new HashMap<>();
  private final List<ActiveAccount> inspectorate = new ArrayList<>();

  public Responsible(Collection<ActiveAccount> accounts) {
    for (ActiveAccount account : accounts) {
      for (Long organisation : account.organisationIds()) {
        byOrganisation.computeIfAbsent(organisation, k -> new ArrayList<>()).add(account);
      }
      byEmail.put(account.email().toLowerCase(java.util.Locale.ROOT), account);
      if (account.isInspectorate()) {
        inspectorate.add(account);
      }
    }
  }

  /** The people responsible for an action. */
  public Set<ActiveAccount> forAction(long leadOrganisationId, long serviceId, Long boardId) {
    Set<ActiveAccount> people = new LinkedHashSet<>();
    members(leadOrganisationId, ACTION_ROLES, people);
    members(serviceId, PLAN_ROLES, people);
    if (boardId != null) {
      members(boardId, PLAN_ROLES, people);
    }
    return people;
  }

  /** The people who write a service's plan: its leads and board members. */
  public Set<ActiveAccount> forPlan(long serviceId, Long boardId) {
    Set<ActiveAccount> people = new LinkedHashSet<>();
    members(serviceId, PLAN_ROLES, people);
    if (boardId != null) {
      members(boardId, PLAN_ROLES, people);
    }
    return people;
  }

  /** Everyone of the inspectorate (inspectors and admins). */
  public List<ActiveAccount> inspectorate() {
    return List.copyOf(inspectorate);
  }

  /** The active accounts with these addresses (any not found left out). */
  public Set<ActiveAccount> withEmails(Collection<String> emails) {
    Set<ActiveAccount> people = new LinkedHashSet<>();
    emails.stream()
        .map(e -> byEmail.get(e.toLowerCase(java.util.Locale.ROOT)))
        .filter(Objects::nonNull)
        .forEach(people::add);
    return people;
  }

  private void members(long organisationId, Role[] roles, Set<ActiveAccount> into) {
    for (ActiveAccount account : byOrganisation.getOrDefault(organisationId, List.of())) {
      if (account.hasAnyRole(roles)) {
        into.add(account);
      }
    }
  }
}
