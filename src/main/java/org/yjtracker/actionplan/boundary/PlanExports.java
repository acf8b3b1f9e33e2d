package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.PlanChanges;
import org.yjtracker.actionplan.control.PlanReport;
import org.yjtracker.actionplan.control.PlanReport.ActionLine;
import org.yjtracker.actionplan.control.PlanReport.RecommendationPart;
import org.yjtracker.actionplan.control.PlanReport.StandardRating;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.platform.control.Clocks;

/**
 * The plan a caller may read, as the exports print it. It starts from the plan's own view, so an
 * export shows exactly what the plan page shows the caller (a partner: only the actions it leads),
 * its lateness and the status history the caller may read ({@link PlanHistory}).
 */
@ApplicationScoped
@Transactional
public class PlanExports {

  @PersistenceContext EntityManager em;
  @Inject ActionPlans plans;
  @Inject PlanHistory history;
  @Inject PlanChangesSince changes;

  /**
   * @param since a day as YYYY-MM-DD: the board paper then says what changed since it; null or
   *     empty for none
   */
  public PlanReport report(Caller caller, long planId, String since) {
    PlanView plan = plans.find(caller, planId);
    PlanChanges changed =
        since == null || since.isEmpty() ? null : changes.of(plan, PlanChangesSince.parse(since));
    Inspection inspection = em.find(Inspection.class, plan.inspectionId());
    List<StandardRating> standards =
        inspection.getStandards().stream()
            .sorted(Comparator.comparingInt(s -> s.getStandard().getPosition()))
            .map(
                s ->
                    new StandardRating(
                        s.code(),
                        s.getStandard().getName(),
                        s.getPublishedRating() == null ? null : s.getPublishedRating().name()))
            .toList();
    return new PlanReport(
        plan.service(),
        plan.published(),
        plan.status().name(),
        plan.dueDate(),
        plans.today(),
        inspection.getPublishedOverall() == null ? null : inspection.getPublishedOverall().name(),
        inspection.getPublishedScore(),
        standards,
        Stream.concat(
                plan.recommendations().stream()
                    .map(
                        r ->
                            new RecommendationPart(
                                r.number(),
                                r.heading(),
                                r.text(),
                                names(r.owners()),
                                r.status() == null ? null : r.status().name(),
                                r.acceptance() == null ? null : r.acceptance().name(),
                                lines(r.actions()),
                                null)),
                plan.carried().stream()
                    .map(
                        c ->
                            new RecommendationPart(
                                c.number(),
                                c.heading(),
                                c.text(),
                                names(c.owners()),
                                c.status() == null ? null : c.status().name(),
                                null,
                                lines(c.actions()),
                                c.fromPublished())))
            .toList(),
        plan.otherActions().stream().map(PlanExports::line).toList(),
        plan.daysLate(),
        plan.submittedAt() != null,
        history.of(caller, plan).stream().map(PlanExports::line).toList(),
        inspection.getFramework().getName(),
        inspection.getKind().label(),
        inspection.getFramework().isScored(),
        changed);
  }

  private static PlanReport.HistoryLine line(StatusChangeView change) {
    return new PlanReport.HistoryLine(
        change.at().atZone(Clocks.TRACKER_ZONE).toLocalDate(),
        change.subject(),
        change.from(),
        change.to(),
        change.by(),
        change.reason());
  }

  private static List<String> names(List<OrganisationRef> organisations) {
    return organisations.stream().map(OrganisationRef::name).toList();
  }

  private static List<ActionLine> lines(List<ActionView> actions) {
    return actions.stream().map(PlanExports::line).toList();
  }

  private static ActionLine line(ActionView a) {
    var latest = a.latestUpdate();
    var rag = latest != null ? latest.rag() : a.flags().suggestedRag();
    return new ActionLine(
        a.title(),
        a.description(),
        a.areaForImprovement(),
        a.successMeasure(),
        a.leadOrganisation().name(),
        a.leadPerson(),
        a.startDate(),
        a.targetDate(),
        a.status().name(),
        rag == null ? null : rag.name(),
        latest == null ? null : latest.writtenAt().atZone(Clocks.TRACKER_ZONE).toLocalDate(),
        latest == null ? null : latest.narrative(),
        a.flags().overdue(),
        a.flags().stale());
  }
}
