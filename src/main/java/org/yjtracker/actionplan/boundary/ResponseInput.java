package org.yjtracker.actionplan.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.actionplan.entity.Acceptance;
import org.yjtracker.actionplan.entity.RecommendationStatus;

/**
 * The service's answer to a recommendation (acceptance, reason, lead owner), or an inspector's
 * status for it (status and reason).
 */
public class ResponseInput {

  @Schema(implementation = Acceptance.class)
  public String acceptance;

  @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
  public String reason;

  public Long leadOwnerId;

  @Schema(implementation = RecommendationStatus.class)
  public String status;

  public Long version;
}
