package org.yjtracker.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/** What a client sends to create or change an organisation. */
public record OrganisationInput(
    @NotNull(message = "Choose what kind of organisation this is") OrganisationKind kind,
    @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Choose a region") Region region,
    Long boardOfId,
    @Size(max = 200, message = "A partner can serve at most 200 services") List<Long> servesIds,
    Long version) {

  public List<Long> servesIdsOrEmpty() {
    return servesIds == null ? List.of() : servesIds;
  }
}
