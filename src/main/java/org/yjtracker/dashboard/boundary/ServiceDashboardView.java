package org.yjtracker.dashboard.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.dashboard.control.DashboardCounts;
import org.yjtracker.dashboard.control.ProgressSeries;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Region;

/**
 * One service from its latest publication on.
 *
 * @param latest the latest published inspection; null if none is published
 * @param previous the published inspection before it; null if none
 * @param standards each standard's rating in both, latest's order first
 * @param daysSincePublication null without a published inspection
 * @param deadline when the latest inspection's plan is due and whether it is late, started or not;
 *     null without a published inspection
 * @param plan the latest inspection's plan; null if not started
 */
public record ServiceDashboardView(
    long serviceId,
    String service,
    Region region,
    String regionLabel,
    Side latest,
    Side previous,
    List<StandardRow> standards,
    Long daysSincePublication,
    Deadline deadline,
    Plan plan,
    Map<RecommendationStatus, Integer> recommendations,
    int recommendationCount,
    Actions actions,
    List<ProgressSeries.Month> progress) {

  /**
   * One published inspection.
   *
   * @param kind what sort of inspection it was; {@code kindLabel} in words
   * @param scored whether its framework gives a score (the 2025 framework does not)
   */
  public record Side(
      long inspectionId,
      String published,
      LocalDate publishedOn,
      String framework,
      String frameworkName,
      InspectionKind kind,
      String kindLabel,
      boolean scored,
      Rating overall,
      Integer score) {}

  public record StandardRow(String code, String name, Rating latest, Rating previous) {}

  /**
   * @param stage NOT_STARTED when the service has not started its plan
   * @param daysLate days past the due date without submission, or by which it was submitted late
   * @param daysToDue negative once past the due date
   */
  public record Deadline(
      PlanStage stage, LocalDate dueDate, boolean late, long daysLate, Long daysToDue) {}

  /**
   * @param submittedOn the UK day it went to the inspectorate, null before
   * @param daysToDue negative once past the due date
   */
  public record Plan(
      long id,
      PlanStatus status,
      PlanStage stage,
      LocalDate dueDate,
      LocalDate submittedOn,
      boolean late,
      long daysToDue) {}

  /**
   * @param rag live (not cancelled) actions by their latest update's RAG
   */
  public record Actions(
      int total, int cancelled, DashboardCounts.RagCounts rag, DashboardCounts.FlagCounts flags) {}
}
