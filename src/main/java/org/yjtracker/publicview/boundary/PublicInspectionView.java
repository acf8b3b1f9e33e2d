package org.yjtracker.publicview.boundary;

import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.reinspection.entity.Outcome;

/**
 * A published inspection for the public: ratings and recommendations, nothing internal.
 *
 * @param published "2023-12" for a report dated by month, else the day
 * @param kind what sort of inspection it was; {@code kindLabel} in words ("Inspection of work with
 *     children and victims")
 * @param maxScore the most the framework's scored standards give, null if it scores nothing (the
 *     2025 framework): then there is no score to show
 */
public record PublicInspectionView(
    long id,
    String service,
    Region region,
    String published,
    LocalDate publishedOn,
    String framework,
    InspectionKind kind,
    String kindLabel,
    Rating overallRating,
    Integer score,
    Integer maxScore,
    List<PublicStandard> standards,
    List<PublicRecommendation> recommendations) {

  public record PublicStandard(String code, String name, Rating rating) {}

  /**
   * @param owners the names of the organisations it is addressed to
   * @param status where it stands in the service's plan; null while there is no plan
   * @param outcome what the next inspection found of it; null until one has said
   * @param history each change of its status in the service's plan, oldest first: the day and the
   *     statuses only, never who made it or why
   */
  public record PublicRecommendation(
      int number,
      String heading,
      String text,
      List<OrganisationKind> ownerKinds,
      List<String> owners,
      RecommendationStatus status,
      Outcome outcome,
      List<PublicStatusChange> history) {}

  /**
   * @param from the status before; null for the first entry
   */
  public record PublicStatusChange(
      LocalDate date, RecommendationStatus from, RecommendationStatus to) {}
}
