package org.yjtracker.theme.boundary;

import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.reinspection.entity.Outcome;

/**
 * A theme and every recommendation confirmed in it that the caller may see, by service: where it
 * stands in its plan and what the next inspection found.
 */
public record ThemePageView(ThemeView theme, List<Row> recommendations) {

  /**
   * One confirmed recommendation. {@code planStatus} is null when the service has no plan for the
   * inspection; {@code outcome} is null until the next inspection records one.
   */
  public record Row(
      long serviceId,
      String serviceName,
      Region region,
      long inspectionId,
      String published,
      LocalDate publishedOn,
      long recommendationId,
      int number,
      String heading,
      String text,
      Long planId,
      RecommendationStatus planStatus,
      Outcome outcome,
      Long outcomeInspectionId) {}
}
