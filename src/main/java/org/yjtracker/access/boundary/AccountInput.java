package org.yjtracker.access.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.Enums;

/**
 * What an admin sends to create or change an account. The password is required to create one; on a
 * change it is optional and, if given, resets the password.
 */
public record AccountInput(
    @NotBlank(message = "Enter an email address")
        @Email(message = "Enter an email address in the right format, like name@example.org")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
    @NotBlank(message = "Enter the person's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String displayName,
    @Schema(implementation = Role[].class) @NotEmpty(message = "Choose at least one role")
        Set<@NotBlank(message = "Roles must not be empty") String> roles,
    @Size(max = 100, message = "An account can belong to at most 100 organisations")
        List<@NotNull(message = "Organisation ids must not be empty") Long> organisationIds,
    Boolean active,
    String password,
    Long version) {

  public Set<Role> roleValues() {
    return Enums.parseAll(Role.class, List.copyOf(roles), "roles");
  }

  public List<Long> organisationIdsOrEmpty() {
    return organisationIds == null ? List.of() : organisationIds;
  }

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
