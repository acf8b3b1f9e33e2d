package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.access.entity.Role;

/**
 * The read API of who has an active account, with their roles and organisations, for components
 * that write to people (reminders). Three statements for everyone, whatever their number.
 */
@ApplicationScoped
public class AccountDirectory {

  @PersistenceContext EntityManager em;

  /** Every active account, by id. */
  public List<ActiveAccount> active() {
    return read(null);
  }

  /** The account, if it exists and is active. */
  public Optional<ActiveAccount> active(long id) {
    return read(id).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  private List<ActiveAccount> read(Long only) {
    String one = only == null ? "" : " AND a.id = " + only;
    Map<Long, Set<Role>> roles = new HashMap<>();
    ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT r.account_id, r.role FROM account_role r JOIN account a"
                        + " ON a.id = r.account_id WHERE a.active"
                        + one)
                .getResultList())
        .forEach(
            r ->
                roles
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add(Role.valueOf((String) r[1])));
    Map<Long, Set<Long>> memberships = new HashMap<>();
    ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT m.account_id, m.organisation_id FROM account_membership m JOIN account a"
                        + " ON a.id = m.account_id WHERE a.active"
                        + one)
                .getResultList())
        .forEach(
            r ->
                memberships
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add(((Number) r[1]).longValue()));
    List<ActiveAccount> accounts = new ArrayList<>();
    ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT a.id, a.email, a.display_name FROM account a WHERE a.active"
                        + one
                        + " ORDER BY a.id")
                .getResultList())
        .forEach(
            r -> {
              long id = ((Number) r[0]).longValue();
              accounts.add(
                  new ActiveAccount(
                      id,
                      (String) r[1],
                      (String) r[2],
                      roles.getOrDefault(id, Set.of()),
                      memberships.getOrDefault(id, Set.of())));
            });
    return accounts;
  }
}
