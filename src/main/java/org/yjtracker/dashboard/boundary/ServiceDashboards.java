package org.yjtracker.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.RecommendationStatuses;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.PlanStages;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.ProgressUpdate;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.dashboard.control.DashboardCounts;
import org.yjtracker.dashboard.control.ProgressSeries;
import org.yjtracker.inspection.entity.DatePrecision;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.StandardResult;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.organisation.entity.Organisation;

/** A service's dashboard, for whoever may read the service. */
@ApplicationScoped
@Transactional
public class ServiceDashboards {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject RecommendationStatuses recommendationStatuses;

  @Inject
  @ConfigProperty(name = "plan.due.soon.days", defaultValue = "14")
  int dueSoonDays;

  @Inject
  @ConfigProperty(name = "plan.stale.days", defaultValue = "30")
  int staleDays;

  public ServiceDashboardView of(Caller caller, long serviceId) {
    if (!scope.of(caller).coversService(serviceId)) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    Organisation service = em.find(Organisation.class, serviceId);
    if (service == null || !service.isService()) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    LocalDate today = LocalDate.now(UK);
    List<Inspection> published =
        em
            .createNamedQuery(Inspection.OF_SERVICE, Inspection.class)
            .setParameter("serviceId", serviceId)
            .getResultList()
            .stream()
            .filter(i -> !i.isDraft())
            .sorted(Inspection.CHRONOLOGICAL.reversed())
            .toList();
    Inspection latest = published.isEmpty() ? null : published.get(0);
    Inspection previous = published.size() > 1 ? published.get(1) : null;
    ActionPlan plan = latest == null ? null : planOf(latest).orElse(null);
    List<PlanAction> actions = plan == null ? List.of() : plan.getActions();
    var thresholds = new ProgressSettings(56, dueSoonDays, staleDays);

    List<RecommendationStatus> statuses =
        latest == null
            ? List.of()
            : List.copyOf(recommendationStatuses.of(latest.getRecommendations(), actions).values());
    List<PlanAction> live =
        actions.stream().filter(a -> a.getStatus() != ActionStatus.CANCELLED).toList();
    List<Rag> rags =
        live.stream().map(a -> a.latestUpdate().map(ProgressUpdate::getRag).orElse(null)).toList();
    List<ActionFlags> flags =
        actions.stream()
            .map(
                a ->
                    ActionFlags.of(
                        a.getStatus(),
                        a.getStartDate(),
                        a.getTargetDate(),
                        a.getLastActivityAt() == null
                            ? null
                            : a.getLastActivityAt().atZone(UK).toLocalDate(),
                        a.latestUpdate().map(ProgressUpdate::getPercentComplete).orElse(null),
                        today,
                        thresholds))
            .toList();
    LocalDate publishedOn = latest == null ? null : latest.getPublishedOn();
    return new ServiceDashboardView(
        service.getId(),
        service.getName(),
        service.getRegion(),
        service.getRegion().label(),
        side(latest),
        side(previous),
        standards(latest, previous),
        publishedOn == null ? null : ChronoUnit.DAYS.between(publishedOn, today),
        plan == null
            ? null
            : new ServiceDashboardView.Plan(
                plan.getId(),
                plan.getStatus(),
                PlanStages.classify(
                    plan.getStatus(), plan.getDueDate(), plan.getSubmittedAt(), today),
                plan.getDueDate(),
                plan.getSubmittedAt() == null
                    ? null
                    : plan.getSubmittedAt().atZone(UK).toLocalDate(),
                PlanStages.late(plan.getDueDate(), plan.getSubmittedAt(), today),
                ChronoUnit.DAYS.between(today, plan.getDueDate())),
        DashboardCounts.byStatus(statuses),
        statuses.size(),
        new ServiceDashboardView.Actions(
            actions.size(),
            actions.size() - live.size(),
            DashboardCounts.byRag(rags),
            DashboardCounts.byFlags(flags)),
        plan == null ? List.of() : ProgressSeries.monthly(histories(plan), publishedOn, today));
  }

  private Optional<ActionPlan> planOf(Inspection inspection) {
    return em
        .createNamedQuery(ActionPlan.OF_INSPECTION, ActionPlan.class)
        .setParameter("inspectionId", inspection.getId())
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Every action's writing and updates, in two queries rather than one per action. */
  private List<ProgressSeries.ActionHistory> histories(ActionPlan plan) {
    Map<Long, List<ProgressSeries.Update>> updates = new HashMap<>();
    em.createQuery(
            "SELECT u.action.id, u.id, u.writtenAt, u.rag, u.percentComplete, u.correctsId FROM"
                + " ProgressUpdate u WHERE u.action.plan = :plan",
            Object[].class)
        .setParameter("plan", plan)
        .getResultList()
        .forEach(
            row ->
                updates
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(
                        new ProgressSeries.Update(
                            (Long) row[1],
                            (Instant) row[2],
                            (Rag) row[3],
                            (Integer) row[4],
                            (Long) row[5])));
    Map<Long, ProgressSeries.ActionHistory> histories = new LinkedHashMap<>();
    em.createQuery(
            "SELECT a.id, a.createdAt, a.status FROM PlanAction a WHERE a.plan = :plan",
            Object[].class)
        .setParameter("plan", plan)
        .getResultList()
        .forEach(
            row ->
                histories.put(
                    (Long) row[0],
                    new ProgressSeries.ActionHistory(
                        (Instant) row[1],
                        row[2] == ActionStatus.CANCELLED,
                        updates.getOrDefault((Long) row[0], List.of()))));
    return List.copyOf(histories.values());
  }

  private static ServiceDashboardView.Side side(Inspection inspection) {
    if (inspection == null) {
      return null;
    }
    LocalDate on = inspection.getPublishedOn();
    String published =
        on == null
            ? null
            : inspection.getPublishedPrecision() == DatePrecision.MONTH
                ? YearMonth.from(on).toString()
                : on.toString();
    return new ServiceDashboardView.Side(
        inspection.getId(),
        published,
        on,
        inspection.getFramework().getCode(),
        inspection.getFramework().getName(),
        inspection.getPublishedOverall(),
        inspection.getPublishedScore());
  }

  private static List<ServiceDashboardView.StandardRow> standards(
      Inspection latest, Inspection previous) {
    Map<String, ServiceDashboardView.StandardRow> rows = new LinkedHashMap<>();
    if (latest != null) {
      for (StandardResult s : latest.getStandards()) {
        Optional<StandardResult> before =
            previous == null ? Optional.empty() : previous.standard(s.code());
        rows.put(
            s.code(),
            new ServiceDashboardView.StandardRow(
                s.code(),
                s.getStandard().getName(),
                s.getPublishedRating(),
                before.map(StandardResult::getPublishedRating).orElse(null)));
      }
    }
    if (previous != null) {
      for (StandardResult s : previous.getStandards()) {
        rows.putIfAbsent(
            s.code(),
            new ServiceDashboardView.StandardRow(
                s.code(), s.getStandard().getName(), null, s.getPublishedRating()));
      }
    }
    return List.copyOf(rows.values());
  }
}
