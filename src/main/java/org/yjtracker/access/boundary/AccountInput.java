package org.yjtracker.access.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * (A class, not a record: Payara's OpenAPI generator fails on constraints of record components.)
 * What an admin sends to create or change an account. The password is required to create one; on a
 * change it is optional and, if given, resets the password.
 */
public class AccountInput {

  @NotBlank(message = "Enter an email address")
  @Email(message = "Enter an email address in the right format, like name@example.org")
  @Size(max = 254, message = "Email address must be 254 characters or fewer")
  public String email;

  @NotBlank(message = "Enter the person's name")
  @Size(max = 200, message = "Name must be 200 characters or fewer")
  public String displayName;

  @NotEmpty(message = "Choose at least one role")
  public Set<String> roles;

  @Size(max = 100, message = "An account can belong to at most 100 organisations")
  public List<Long> organisationIds;

  public Boolean active;

  public String password;

  public Long version;

  public AccountInput() {}

  public AccountInput(
      String email,
      String displayName,
      Set<String> roles,
      List<Long> organisationIds,
      Boolean active,
      String password,
      Long version) {
    this.email = email;
    this.displayName = displayName;
    this.roles = roles;
    this.organisationIds = organisationIds;
    this.active = active;
    this.password = password;
    this.version = version;
  }

  public Set<Role> roleValues() {
    if (roles.stream().anyMatch(r -> r == null || r.isBlank())) {
      throw new InvalidInputException("roles", "Roles must not be empty");
    }
    return Enums.parseAll(Role.class, List.copyOf(roles), "roles");
  }

  public List<Long> organisationIdsOrEmpty() {
    return organisationIds == null ? List.of() : organisationIds;
  }

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
