package org.yjtracker.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;

/**
 * What a client sends to create or change an organisation. Kind and region arrive as text so a
 * wrong value is answered with the field's name, not a JSON binding failure.
 */
public record OrganisationInput(
    @Schema(implementation = OrganisationKind.class)
        @NotBlank(message = "Choose what kind of organisation this is")
        String kind,
    @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,
    @Schema(implementation = Region.class) @NotBlank(message = "Choose a region") String region,
    Long boardOfId,
    @Size(max = 200, message = "A partner can serve at most 200 services") List<Long> servesIds,
    Long version) {

  public OrganisationKind kindValue() {
    return Enums.parse(OrganisationKind.class, kind, "kind");
  }

  public Region regionValue() {
    return Enums.parse(Region.class, region, "region");
  }

  public List<Long> servesIdsOrEmpty() {
    return servesIds == null ? List.of() : servesIds;
  }
}
