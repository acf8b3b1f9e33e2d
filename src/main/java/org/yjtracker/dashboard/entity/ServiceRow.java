package org.yjtracker.dashboard.entity;

import java.time.LocalDate;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Region;

/**
 * One service in the national table: its latest published inspection and where its plan stands.
 *
 * @param kind the latest inspection's kind; {@code kindLabel} says it in words
 * @param published the publication as the report gives it: a month (YYYY-MM) or a day
 * @param planStage NOT_STARTED when the service has no plan yet
 * @param planDueDate when the plan is (or was) due for submission, started or not
 * @param planLate submitted after its due date, or not submitted (started or not) and past it
 * @param daysLate by how many days: since the due date, or from it to the submission
 * @param openRecommendations recommendations still OPEN or IN_PROGRESS (carried ones included)
 */
public record ServiceRow(
    long serviceId,
    String service,
    Region region,
    String regionLabel,
    String framework,
    String frameworkName,
    InspectionKind kind,
    String kindLabel,
    long inspectionId,
    String published,
    LocalDate publishedOn,
    Rating overall,
    Integer score,
    Long planId,
    PlanStage planStage,
    LocalDate planDueDate,
    boolean planLate,
    long daysLate,
    long openRecommendations,
    long implementedRecommendations,
    long overdueActions,
    long dueSoonActions,
    long staleActions,
    long blockedActions) {

  /** The most late first, then by the service's name: how late plans are listed. */
  public static final java.util.Comparator<ServiceRow> MOST_LATE_FIRST =
      java.util.Comparator.comparingLong(ServiceRow::daysLate)
          .reversed()
          .thenComparing(ServiceRow::service);
}
