package org.yjtracker.access.boundary;

import java.util.List;
import java.util.Set;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.entity.Organisation;

/** What the audit trail keeps of an account: whether the password changed, never the hash. */
public record AccountState(
    String email,
    String displayName,
    Set<Role> roles,
    List<Long> organisationIds,
    boolean active,
    boolean passwordChanged) {

  static AccountState of(Account account, boolean passwordChanged) {
    return new AccountState(
        account.getEmail(),
        account.getDisplayName(),
        account.getRoles(),
        account.getOrganisations().stream().map(Organisation::getId).sorted().toList(),
        account.isActive(),
        passwordChanged);
  }
}
