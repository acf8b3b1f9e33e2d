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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.actionplan.entity.ActionStatus;
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

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject PlanProgress progress;

  public ServiceDashboardView of(Caller caller, long serviceId) {
    if (!scope.of(caller).coversService(serviceId)) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    Organisation service = em.find(Organisation.class, serviceId);
    if (service == null || !service.isService()) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    LocalDate today = progress.today();
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
    PlanFigures figures = latest == null ? null : progress.figures(latest.getId());
    Long planId = figures == null ? null : figures.planId();
    List<PlanProgress.ActionStanding> actions =
        planId == null ? List.of() : progress.actions(planId);
    List<RecommendationStatus> statuses =
        latest == null
            ? List.of()
            : planId == null
                ? java.util.Collections.nCopies(
                    latest.getRecommendations().size(), RecommendationStatus.OPEN)
                : List.copyOf(progress.statuses(planId).values());
    List<PlanProgress.ActionStanding> live =
        actions.stream().filter(a -> a.status() != ActionStatus.CANCELLED).toList();
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
        figures == null ? null : deadline(figures, today),
        planId == null ? null : plan(planId, figures, today),
        DashboardCounts.byStatus(statuses),
        statuses.size(),
        new ServiceDashboardView.Actions(
            actions.size(),
            actions.size() - live.size(),
            DashboardCounts.byRag(
                live.stream().map(PlanProgress.ActionStanding::latestRag).toList()),
            DashboardCounts.byFlags(
                actions.stream().map(PlanProgress.ActionStanding::flags).toList())),
        planId == null
            ? List.of()
            : ProgressSeries.monthly(histories(planId, actions), publishedOn, today));
  }

  private ServiceDashboardView.Plan plan(long planId, PlanFigures figures, LocalDate today) {
    return new ServiceDashboardView.Plan(
        planId,
        figures.planStatus(),
        figures.stage(),
        figures.dueDate(),
        progress.submittedOn(planId),
        figures.late(),
        ChronoUnit.DAYS.between(today, figures.dueDate()));
  }

  private static ServiceDashboardView.Deadline deadline(PlanFigures figures, LocalDate today) {
    return new ServiceDashboardView.Deadline(
        figures.stage(),
        figures.dueDate(),
        figures.late(),
        figures.daysLate(),
        figures.dueDate() == null ? null : ChronoUnit.DAYS.between(today, figures.dueDate()));
  }

  /** Every action's writing, cancellations and updates, from the read API's three statements. */
  private List<ProgressSeries.ActionHistory> histories(
      long planId, List<PlanProgress.ActionStanding> actions) {
    Map<Long, List<ProgressSeries.Update>> updates = new HashMap<>();
    for (PlanProgress.UpdateFact u : progress.updates(planId)) {
      updates
          .computeIfAbsent(u.actionId(), k -> new ArrayList<>())
          .add(
              new ProgressSeries.Update(
                  u.id(), u.writtenAt(), u.rag(), u.percentComplete(), u.corrects()));
    }
    Map<Long, List<PlanProgress.StatusEntry>> changes = new HashMap<>();
    for (PlanProgress.StatusEntry e : progress.history(planId)) {
      if (e.actionId() != null) {
        changes.computeIfAbsent(e.actionId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<ProgressSeries.ActionHistory> histories = new ArrayList<>();
    for (PlanProgress.ActionStanding a : actions) {
      List<ProgressSeries.Update> its = updates.getOrDefault(a.id(), List.of());
      List<PlanProgress.StatusEntry> history = changes.getOrDefault(a.id(), List.of());
      histories.add(
          history.isEmpty()
              ? new ProgressSeries.ActionHistory(
                  a.createdAt(), a.status() == ActionStatus.CANCELLED, its)
              : new ProgressSeries.ActionHistory(a.createdAt(), cancellations(history), its));
    }
    return histories;
  }

  /** The times the history says the action was cancelled, oldest first. */
  static List<ProgressSeries.Cancelled> cancellations(List<PlanProgress.StatusEntry> history) {
    List<ProgressSeries.Cancelled> periods = new ArrayList<>();
    Instant since = null;
    for (PlanProgress.StatusEntry e : history) {
      boolean cancelled = ActionStatus.CANCELLED.name().equals(e.to());
      if (cancelled && since == null) {
        since = e.at();
      } else if (!cancelled && since != null) {
        periods.add(new ProgressSeries.Cancelled(since, e.at()));
        since = null;
      }
    }
    if (since != null) {
      periods.add(new ProgressSeries.Cancelled(since, null));
    }
    return periods;
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
        inspection.getKind(),
        inspection.getKind().label(),
        inspection.getFramework().isScored(),
        inspection.getPublishedOverall(),
        inspection.getPublishedScore());
  }

  private static List<ServiceDashboardView.StandardRow> standards(
      Inspection latest, Inspection previous) {
    Map<String, ServiceDashboardView.StandardRow> rows = new LinkedHashMap<>();
    // Standards are paired only within one framework: 2018's "2.1 Assessment" (court disposals)
    // is not 2025's "2.1 Assessing", so across frameworks each side's are listed apart.
    boolean paired =
        latest != null
            && previous != null
            && latest.getFramework().getId().equals(previous.getFramework().getId());
    if (latest != null) {
      for (StandardResult s : latest.getStandards()) {
        Optional<StandardResult> before = paired ? previous.standard(s.code()) : Optional.empty();
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
            paired ? s.code() : "previous " + s.code(),
            new ServiceDashboardView.StandardRow(
                s.code(), s.getStandard().getName(), null, s.getPublishedRating()));
      }
    }
    return List.copyOf(rows.values());
  }
}
