package org.yjtracker.inspection.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yjtracker.framework.entity.FrameworkKind;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * An inspection as published, with what the framework's rules derive from it beside the published
 * values (computed score and overall, derived ratings) and every disagreement between the two.
 *
 * <p>{@code fieldwork} and {@code published} are "2019-09" when the report gives only the month,
 * else the day; {@code fieldworkStart} and {@code publishedOn} are those as dates (a month's first
 * day).
 */
public record InspectionView(
    long id,
    long version,
    InspectionStatus status,
    ServiceRef service,
    FrameworkRef framework,
    InspectionKind kind,
    LocalDate fieldworkStart,
    String fieldwork,
    String published,
    LocalDate publishedOn,
    String leadInspector,
    String reportReference,
    boolean joint,
    List<String> jointInspectorates,
    Integer courtCases,
    Integer outOfCourtCases,
    Integer resettlementCases,
    Integer casesInspected,
    Integer publishedScore,
    Rating publishedOverall,
    Integer computedScore,
    Integer maxScore,
    Rating computedOverall,
    List<StandardView> standards,
    List<String> strengths,
    List<String> areasForImprovement,
    List<RecommendationView> recommendations,
    List<Disagreement> disagreements,
    InspectionRef previous,
    InspectionRef next,
    Instant publishedAt,
    String publishedBy,
    Instant updatedAt) {

  public record ServiceRef(long id, String name, Region region) {}

  /**
   * The framework as the inspection's kind uses it: {@code ratedAreas} is how many areas the
   * inspectorate says that kind rates (null where it does not say), {@code knownAreas} how many of
   * them the framework knows, so that an inspection of the 2025 full kind says what is missing.
   */
  public record FrameworkRef(
      String code, String name, boolean rated, boolean scored, Integer ratedAreas, int knownAreas) {

    /** Areas the kind rates that the framework cannot record yet. */
    public int unknownAreas() {
      return FrameworkKind.unknownAreas(ratedAreas, knownAreas);
    }
  }

  /** A neighbour in the service's chain of inspections. */
  public record InspectionRef(
      long id, String published, InspectionStatus status, Integer score, Rating overall) {}

  public record StandardView(
      String code,
      String name,
      String domain,
      boolean caseSampled,
      boolean scored,
      Rating rating,
      Rating derivedRating,
      Discretion discretion,
      List<KeyQuestionView> keyQuestions,
      List<String> strengths,
      List<String> areasForImprovement) {}

  /** The ratings panel moved the standard from the band of its key questions to its rating. */
  public record Discretion(Rating from, Rating to, String reason) {}

  public record KeyQuestionView(
      int position, String question, int percentYes, Rating band, List<PromptView> prompts) {}

  public record PromptView(String text, int percentYes) {}

  public record RecommendationView(
      long id,
      int number,
      String heading,
      String text,
      List<OrganisationKind> ownerKinds,
      List<OrganisationRef> owners,
      List<String> standards) {}
}
