package org.yjtracker.access.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.boundary.OrganisationRef;

/** An account as the API shows it; never its password hash. */
public record AccountView(
    long id,
    String email,
    String displayName,
    Set<Role> roles,
    List<OrganisationRef> organisations,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.getRoles(),
        account.getOrganisations().stream().map(OrganisationRef::of).toList(),
        account.isActive(),
        account.getVersion(),
        account.getCreatedAt(),
        account.getUpdatedAt());
  }
}
