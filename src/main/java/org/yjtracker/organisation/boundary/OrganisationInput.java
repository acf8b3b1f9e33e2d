package org.yjtracker.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;

/**
 * (A class, not a record: Payara's OpenAPI generator fails on constraints of record components.)
 * What a client sends to create or change an organisation. Kind and region arrive as text so a
 * wrong value is answered with the field's name, not a JSON binding failure.
 */
public class OrganisationInput {

  @Schema(implementation = OrganisationKind.class)
  @NotBlank(message = "Choose what kind of organisation this is")
  public String kind;

  @NotBlank(message = "Enter the organisation's name")
  @Size(max = 200, message = "Name must be 200 characters or fewer")
  public String name;

  @Schema(implementation = Region.class)
  @NotBlank(message = "Choose a region")
  public String region;

  public Long boardOfId;

  @Size(max = 200, message = "A partner can serve at most 200 services")
  public List<Long> servesIds;

  public Long version;

  public OrganisationInput() {}

  public OrganisationInput(
      String kind, String name, String region, Long boardOfId, List<Long> servesIds, Long version) {
    this.kind = kind;
    this.name = name;
    this.region = region;
    this.boardOfId = boardOfId;
    this.servesIds = servesIds;
    this.version = version;
  }

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
