package org.yjtracker.inspection.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * An inspection as a client sends it to create or change one. Enumerations and dates arrive as text
 * so that a wrong value is answered naming its field. (Classes, not records: Payara's OpenAPI
 * generator fails on constraints of record components.)
 */
public class InspectionInput {

  @NotNull(message = "Choose the youth justice service inspected")
  public Long serviceId;

  @NotBlank(message = "Choose the framework the inspection used")
  public String framework;

  @Schema(implementation = InspectionKind.class)
  @NotBlank(message = "Choose the kind of inspection")
  public String kind;

  @Schema(description = "ISO date, e.g. 2023-09-18")
  public String fieldworkStart;

  @Schema(description = "Publication date: 2024-07 (month) or 2024-07-15")
  public String published;

  @Size(max = 200, message = "Lead inspector must be 200 characters or fewer")
  public String leadInspector;

  @Size(max = 500, message = "Report reference must be 500 characters or fewer")
  public String reportReference;

  public Boolean joint;

  @Size(max = 10, message = "At most 10 inspectorates")
  public List<
          @NotBlank(message = "Name each inspectorate")
          @Size(max = 200, message = "Inspectorate names must be 200 characters or fewer") String>
      jointInspectorates;

  @Min(value = 0, message = "Court cases cannot be negative")
  @Max(value = 100000, message = "Court cases must be 100000 or fewer")
  public Integer courtCases;

  @Min(value = 0, message = "Out-of-court cases cannot be negative")
  @Max(value = 100000, message = "Out-of-court cases must be 100000 or fewer")
  public Integer outOfCourtCases;

  @Min(value = 0, message = "Resettlement cases cannot be negative")
  @Max(value = 100000, message = "Resettlement cases must be 100000 or fewer")
  public Integer resettlementCases;

  @Min(value = 0, message = "Cases inspected cannot be negative")
  @Max(value = 100000, message = "Cases inspected must be 100000 or fewer")
  public Integer casesInspected;

  @Min(value = 0, message = "The score cannot be negative")
  @Max(value = 1000, message = "The score must be 1000 or less")
  public Integer publishedScore;

  @Schema(implementation = Rating.class)
  public String publishedOverall;

  @Valid
  @Size(max = 50, message = "At most 50 standards")
  public List<@NotNull(message = "An entry of this list is empty") StandardInput> standards;

  @Size(max = 200, message = "At most 200 strengths")
  public List<@NotBlank(message = "A strength cannot be empty") @Size(max = 4000) String> strengths;

  @Size(max = 200, message = "At most 200 areas for improvement")
  public List<
          @NotBlank(message = "An area for improvement cannot be empty") @Size(max = 4000) String>
      areasForImprovement;

  @Valid
  @Size(max = 100, message = "At most 100 recommendations")
  public List<@NotNull(message = "An entry of this list is empty") RecommendationInput>
      recommendations;

  /** The version you edited; required to change an inspection. */
  public Long version;

  /** Why a published inspection is corrected; required for corrections, kept in the audit. */
  @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
  public String reason;

  public static class StandardInput {

    @NotBlank(message = "Give the standard's code")
    public String code;

    @Schema(implementation = Rating.class)
    @NotBlank(message = "Choose the published rating")
    public String rating;

    @Valid
    @Size(max = 10, message = "At most 10 key questions")
    public List<@NotNull(message = "An entry of this list is empty") KeyQuestionInput> keyQuestions;

    @Schema(
        implementation = Rating.class,
        description = "The rating the key questions gave before professional discretion")
    public String discretionFrom;

    @Size(max = 2000, message = "The reason for discretion must be 2000 characters or fewer")
    public String discretionReason;

    @Size(max = 100, message = "At most 100 strengths")
    public List<@NotBlank(message = "A strength cannot be empty") @Size(max = 4000) String>
        strengths;

    @Size(max = 100, message = "At most 100 areas for improvement")
    public List<
            @NotBlank(message = "An area for improvement cannot be empty") @Size(max = 4000) String>
        areasForImprovement;
  }

  public static class KeyQuestionInput {

    @NotNull(message = "Give the % Yes")
    @Min(value = 0, message = "A percentage cannot be below 0")
    @Max(value = 100, message = "A percentage cannot be above 100")
    public Integer percentYes;

    @Valid
    @Size(max = 30, message = "At most 30 prompts")
    public List<@NotNull(message = "An entry of this list is empty") PromptInput> prompts;
  }

  public static class PromptInput {

    @NotBlank(message = "Give the prompt's text")
    @Size(max = 1000, message = "A prompt must be 1000 characters or fewer")
    public String text;

    @NotNull(message = "Give the % Yes")
    @Min(value = 0, message = "A percentage cannot be below 0")
    @Max(value = 100, message = "A percentage cannot be above 100")
    public Integer percentYes;
  }

  public static class RecommendationInput {

    /** The recommendation's id when changing one already recorded. */
    public Long id;

    @NotNull(message = "Give the recommendation's number")
    @Min(value = 1, message = "Numbers start at 1")
    @Max(value = 999, message = "Numbers go up to 999")
    public Integer number;

    @Size(max = 500, message = "The heading must be 500 characters or fewer")
    public String heading;

    @NotBlank(message = "Enter the recommendation's text")
    @Size(max = 4000, message = "The text must be 4000 characters or fewer")
    public String text;

    @Schema(implementation = OrganisationKind.class)
    public List<String> ownerKinds;

    public List<Long> ownerIds;

    public List<String> standards;
  }
}
