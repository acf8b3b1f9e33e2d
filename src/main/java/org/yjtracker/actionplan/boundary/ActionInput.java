package org.yjtracker.actionplan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.actionplan.entity.ActionStatus;

/** An action as a client writes or changes it. Dates are ISO text so a bad one names its field. */
public class ActionInput {

  @Size(max = 50, message = "At most 50 recommendations")
  public List<Long> recommendationIds;

  @Size(max = 2000, message = "The area for improvement must be 2000 characters or fewer")
  public String areaForImprovement;

  @NotNull(message = "Choose the organisation that leads this action")
  public Long leadOrganisationId;

  @Size(max = 200, message = "The lead person's name must be 200 characters or fewer")
  public String leadPerson;

  @Size(max = 120, message = "The short title must be 120 characters or fewer")
  @Schema(
      description =
          "A short title for lists and headings; without one, the description's first words")
  public String title;

  @NotBlank(message = "Describe the action")
  @Size(max = 4000, message = "The description must be 4000 characters or fewer")
  public String description;

  @Size(max = 2000, message = "The success measure must be 2000 characters or fewer")
  public String successMeasure;

  @Schema(description = "ISO date")
  public String startDate;

  @Schema(description = "ISO date")
  public String targetDate;

  /** Required when the target date of an existing action moves. */
  @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
  public String targetDateReason;

  @Schema(implementation = ActionStatus.class)
  public String status;

  /** Required for BLOCKED and CANCELLED. */
  @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
  public String statusReason;

  public Long version;
}
