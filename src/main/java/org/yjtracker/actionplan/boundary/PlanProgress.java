package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.actionplan.control.PlanStages;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationState;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.actionplan.entity.StatusChange;
import org.yjtracker.platform.control.Clocks;

/**
 * The one read API of where plans stand, for every other component (dashboards, public view,
 * re-inspection, themes, reminders): figures per inspection, each recommendation's status in a
 * plan, and the dated status history. It reads the state actionplan keeps; it decides nothing of
 * who may see it (the caller's facade has).
 */
@ApplicationScoped
public class PlanProgress {

  /** Ids in one IN list at most; bigger sets are read in slices. */
  static final int SLICE = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ProgressSettings settings;

  /** One dated change of status; {@code by} is null where the tracker moved it itself. */
  public record StatusEntry(
      Instant at,
      String by,
      Long actionId,
      Long recommendationId,
      String from,
      String to,
      String reason) {

    /** The same entry without the name of who made it, for the public. */
    public StatusEntry anonymous() {
      return new StatusEntry(at, null, actionId, recommendationId, from, to, null);
    }
  }

  /**
   * Where one action stands: its kept status and flag inputs, its flags as of today, and its latest
   * update's RAG and figure (the owner's own judgement, shown beside the flags).
   */
  public record ActionStanding(
      long id,
      long leadOrganisationId,
      ActionStatus status,
      LocalDate startDate,
      LocalDate targetDate,
      Instant createdAt,
      LocalDate lastActivity,
      Rag latestRag,
      Integer latestPercent,
      ActionFlags flags) {}

  /** One progress update as series and counts need it. */
  public record UpdateFact(
      long id, long actionId, Instant writtenAt, Rag rag, Integer percentComplete, Long corrects) {}

  /** A plan as other components see it: which it is, where it is in its life, when it closed. */
  public record PlanSummary(long id, long inspectionId, PlanStatus status, Instant closedAt) {

    public boolean closed() {
      return status == PlanStatus.CLOSED;
    }
  }

  /** Where a recommendation stands in the plan answering its own inspection. */
  public record Standing(long planId, RecommendationStatus status) {}

  public LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.TRACKER_ZONE));
  }

  public ProgressSettings settings() {
    return settings;
  }

  /** The UK day the plan went to the inspectorate; null before. */
  public LocalDate submittedOn(long planId) {
    // Not a stream's findFirst: the one value is null until the plan is submitted.
    List<Instant> at =
        em.createQuery("SELECT p.submittedAt FROM ActionPlan p WHERE p.id = :id", Instant.class)
            .setParameter("id", planId)
            .getResultList();
    return at.isEmpty() || at.get(0) == null ? null : PlanStages.submittedOn(at.get(0));
  }

  /** The plan answering an inspection, if the service has started one. */
  public Optional<Long> planOf(long inspectionId) {
    return em.createQuery(
            "SELECT p.id FROM ActionPlan p WHERE p.inspection.id = :inspection", Long.class)
        .setParameter("inspection", inspectionId)
        .getResultStream()
        .findFirst();
  }

  /** The plan answering an inspection, with its status, if the service has started one. */
  public Optional<PlanSummary> summaryOf(long inspectionId) {
    return em.createQuery(
            "SELECT p.id, p.status, p.closedAt FROM ActionPlan p WHERE p.inspection.id = :inspection",
            Object[].class)
        .setParameter("inspection", inspectionId)
        .getResultStream()
        .findFirst()
        .map(r -> new PlanSummary((Long) r[0], inspectionId, (PlanStatus) r[1], (Instant) r[2]));
  }

  /** The recommendations of earlier inspections carried into the plan, by id. */
  public Set<Long> carried(long planId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT c.recommendation.id FROM CarriedRecommendation c WHERE c.planId = :plan",
                Long.class)
            .setParameter("plan", planId)
            .getResultList());
  }

  /** The recommendations (own or carried) that at least one action of the plan answers, by id. */
  public Set<Long> answered(long planId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT r.id FROM PlanAction a JOIN a.recommendations r"
                    + " WHERE a.plan.id = :plan",
                Long.class)
            .setParameter("plan", planId)
            .getResultList());
  }

  /**
   * Where each given recommendation stands in the plan answering its own inspection (not in a later
   * plan that carries it), by recommendation id; one whose inspection has no plan is left out. A
   * statement per thousand recommendations.
   */
  public Map<Long, Standing> inOwnPlans(Collection<Long> recommendationIds) {
    Map<Long, Standing> standings = new HashMap<>();
    List<Long> ids = List.copyOf(new HashSet<>(recommendationIds));
    for (int from = 0; from < ids.size(); from += SLICE) {
      em.createQuery(
              "SELECT s.recommendationId, s.planId, s.status FROM RecommendationState s"
                  + " WHERE s.carried = FALSE AND s.recommendationId IN :ids",
              Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE)))
          .getResultList()
          .forEach(
              r ->
                  standings.put(
                      (Long) r[0], new Standing((Long) r[1], (RecommendationStatus) r[2])));
    }
    return standings;
  }

  /** The figures of one published inspection's plan (or of its plan not yet started). */
  public PlanFigures figures(long inspectionId) {
    return figuresOf(List.of(inspectionId)).get(inspectionId);
  }

  /**
   * The figures of each given inspection's plan as of today, by inspection id; inspections that do
   * not exist are left out. A handful of statements however many inspections and actions.
   */
  public Map<Long, PlanFigures> figuresOf(Collection<Long> inspectionIds) {
    Map<Long, PlanFigures> figures = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(inspectionIds);
    for (int from = 0; from < ids.size(); from += SLICE) {
      figures.putAll(slice(ids.subList(from, Math.min(ids.size(), from + SLICE)), today()));
    }
    return figures;
  }

  private Map<Long, PlanFigures> slice(List<Long> inspectionIds, LocalDate today) {
    Map<Long, LocalDate> published = new LinkedHashMap<>();
    em.createQuery(
            "SELECT i.id, i.publishedOn FROM Inspection i WHERE i.id IN :ids", Object[].class)
        .setParameter("ids", inspectionIds)
        .getResultList()
        .forEach(r -> published.put((Long) r[0], (LocalDate) r[1]));
    Map<Long, Object[]> plans = new HashMap<>();
    em.createQuery(
            "SELECT p.inspection.id, p.id, p.status, p.dueDate, p.submittedAt FROM ActionPlan p"
                + " WHERE p.inspection.id IN :ids",
            Object[].class)
        .setParameter("ids", inspectionIds)
        .getResultList()
        .forEach(r -> plans.put((Long) r[0], r));
    Map<Long, List<RecommendationStatus>> statuses = new HashMap<>();
    Map<Long, List<PlanFigures.ActionFacts>> actions = new HashMap<>();
    List<Long> planIds = plans.values().stream().map(r -> (Long) r[1]).toList();
    if (!planIds.isEmpty()) {
      em.createQuery(
              "SELECT s.planId, s.status FROM RecommendationState s WHERE s.planId IN :ids",
              Object[].class)
          .setParameter("ids", planIds)
          .getResultList()
          .forEach(
              r ->
                  statuses
                      .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                      .add((RecommendationStatus) r[1]));
      em.createQuery(
              "SELECT a.plan.id, a.status, a.startDate, a.targetDate, a.lastActivityAt"
                  + " FROM PlanAction a WHERE a.plan.id IN :ids",
              Object[].class)
          .setParameter("ids", planIds)
          .getResultList()
          .forEach(
              r ->
                  actions
                      .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                      .add(
                          new PlanFigures.ActionFacts(
                              (ActionStatus) r[1],
                              (LocalDate) r[2],
                              (LocalDate) r[3],
                              r[4] == null ? null : day((Instant) r[4]))));
    }
    // Without a plan every recommendation of the inspection is open.
    Map<Long, Long> unplanned = new HashMap<>();
    List<Long> withoutPlan =
        published.keySet().stream().filter(id -> !plans.containsKey(id)).toList();
    if (!withoutPlan.isEmpty()) {
      em.createQuery(
              "SELECT r.inspection.id, COUNT(r) FROM Recommendation r"
                  + " WHERE r.inspection.id IN :ids GROUP BY r.inspection.id",
              Object[].class)
          .setParameter("ids", withoutPlan)
          .getResultList()
          .forEach(r -> unplanned.put((Long) r[0], (Long) r[1]));
    }
    Map<Long, PlanFigures> figures = new LinkedHashMap<>();
    published.forEach(
        (inspectionId, publishedOn) -> {
          Object[] plan = plans.get(inspectionId);
          PlanFigures.Facts facts;
          if (plan == null) {
            facts =
                new PlanFigures.Facts(
                    null,
                    null,
                    null,
                    null,
                    publishedOn,
                    java.util.Collections.nCopies(
                        unplanned.getOrDefault(inspectionId, 0L).intValue(),
                        RecommendationStatus.OPEN),
                    List.of());
          } else {
            Long planId = (Long) plan[1];
            facts =
                new PlanFigures.Facts(
                    planId,
                    (PlanStatus) plan[2],
                    (LocalDate) plan[3],
                    (Instant) plan[4],
                    publishedOn,
                    statuses.getOrDefault(planId, List.of()),
                    actions.getOrDefault(planId, List.of()));
          }
          figures.put(inspectionId, PlanFigures.of(facts, today, settings));
        });
    return figures;
  }

  /** Where each recommendation stands in the plan, by recommendation id (own and carried ones). */
  Map<Long, RecommendationState> states(long planId) {
    Map<Long, RecommendationState> states = new HashMap<>();
    em.createNamedQuery(RecommendationState.OF_PLAN, RecommendationState.class)
        .setParameter("planId", planId)
        .getResultList()
        .forEach(s -> states.put(s.getRecommendationId(), s));
    return states;
  }

  /**
   * An open action of a plan not closed that is due soon, overdue or gone quiet (its flags say
   * which), with what is needed to tell the people responsible for it.
   *
   * @param boardId the service's management board, null if it has none
   */
  public record ActionReminder(
      long actionId,
      long planId,
      long serviceId,
      Long boardId,
      String serviceName,
      long leadOrganisationId,
      String title,
      LocalDate targetDate,
      LocalDate lastActivity,
      ActionFlags flags) {}

  /** A plan that still waits for its board's endorsement (DRAFT) or for submission (ENDORSED). */
  public record PlanReminder(
      long planId,
      long serviceId,
      Long boardId,
      String serviceName,
      PlanStatus status,
      LocalDate dueDate) {}

  /**
   * Every open action, across all services, whose flags say it needs someone today: due soon,
   * overdue or gone quiet. Two statements however many there are (the reminder run).
   */
  public List<ActionReminder> actionsNeedingSomeone() {
    LocalDate today = today();
    Map<Long, Long> boards = boardsByService();
    // Quiet: last activity on or before today minus the stale days (in the tracker's zone).
    Instant quietBefore =
        today.minusDays(settings.staleDays() - 1L).atStartOfDay(Clocks.TRACKER_ZONE).toInstant();
    return em
        .createQuery(
            "SELECT a.id, p.id, s.id, s.name, a.leadOrganisation.id, a.title, a.status,"
                + " a.startDate, a.targetDate, a.lastActivityAt FROM PlanAction a JOIN a.plan p"
                + " JOIN p.inspection i JOIN i.service s WHERE p.status <> :closed"
                + " AND a.status NOT IN :finished"
                + " AND (a.targetDate <= :soon OR a.lastActivityAt < :quietBefore)"
                + " ORDER BY a.id",
            Object[].class)
        .setParameter("closed", PlanStatus.CLOSED)
        .setParameter("finished", List.of(ActionStatus.COMPLETE, ActionStatus.CANCELLED))
        .setParameter("soon", today.plusDays(settings.dueSoonDays()))
        .setParameter("quietBefore", quietBefore)
        .getResultList()
        .stream()
        .map(
            r -> {
              LocalDate activity = r[9] == null ? null : day((Instant) r[9]);
              ActionStatus status = (ActionStatus) r[6];
              return new ActionReminder(
                  (Long) r[0],
                  (Long) r[1],
                  (Long) r[2],
                  boards.get((Long) r[2]),
                  (String) r[3],
                  (Long) r[4],
                  (String) r[5],
                  (LocalDate) r[8],
                  activity,
                  ActionFlags.of(
                      status, (LocalDate) r[7], (LocalDate) r[8], activity, null, today, settings));
            })
        .filter(a -> a.flags().overdue() || a.flags().dueSoon() || a.flags().stale())
        .toList();
  }

  /**
   * Plans still with the service (draft, or endorsed and not submitted) whose due date falls within
   * the due-soon days or has passed. Two statements.
   */
  public List<PlanReminder> plansAwaitingTheService() {
    Map<Long, Long> boards = boardsByService();
    return em
        .createQuery(
            "SELECT p.id, s.id, s.name, p.status, p.dueDate FROM ActionPlan p JOIN p.inspection i"
                + " JOIN i.service s WHERE p.status IN :waiting AND p.dueDate <= :soon"
                + " ORDER BY p.dueDate, p.id",
            Object[].class)
        .setParameter("waiting", List.of(PlanStatus.DRAFT, PlanStatus.ENDORSED))
        .setParameter("soon", today().plusDays(settings.dueSoonDays()))
        .getResultList()
        .stream()
        .map(
            r ->
                new PlanReminder(
                    (Long) r[0],
                    (Long) r[1],
                    boards.get((Long) r[1]),
                    (String) r[2],
                    (PlanStatus) r[3],
                    (LocalDate) r[4]))
        .toList();
  }

  /** Each service's management board, by the service's id. */
  private Map<Long, Long> boardsByService() {
    Map<Long, Long> boards = new HashMap<>();
    em.createQuery(
            "SELECT b.boardOf.id, b.id FROM Organisation b WHERE b.boardOf IS NOT NULL",
            Object[].class)
        .getResultList()
        .forEach(r -> boards.put((Long) r[0], (Long) r[1]));
    return boards;
  }

  /** Every action of the plan, in the order they were written. Two statements. */
  public List<ActionStanding> actions(long planId) {
    Map<Long, UpdateFact> latest = new HashMap<>();
    for (UpdateFact u : updates(planId)) {
      latest.merge(
          u.actionId(),
          u,
          (a, b) ->
              Comparator.comparing(UpdateFact::writtenAt)
                          .thenComparingLong(UpdateFact::id)
                          .compare(a, b)
                      >= 0
                  ? a
                  : b);
    }
    LocalDate today = today();
    return em
        .createQuery(
            "SELECT a.id, a.leadOrganisation.id, a.status, a.startDate, a.targetDate, a.createdAt,"
                + " a.lastActivityAt FROM PlanAction a WHERE a.plan.id = :plan ORDER BY a.id",
            Object[].class)
        .setParameter("plan", planId)
        .getResultList()
        .stream()
        .map(
            r -> {
              UpdateFact last = latest.get((Long) r[0]);
              LocalDate activity = r[6] == null ? null : day((Instant) r[6]);
              Integer percent = last == null ? null : last.percentComplete();
              return new ActionStanding(
                  (Long) r[0],
                  (Long) r[1],
                  (ActionStatus) r[2],
                  (LocalDate) r[3],
                  (LocalDate) r[4],
                  (Instant) r[5],
                  activity,
                  last == null ? null : last.rag(),
                  percent,
                  ActionFlags.of(
                      (ActionStatus) r[2],
                      (LocalDate) r[3],
                      (LocalDate) r[4],
                      activity,
                      percent,
                      today,
                      settings));
            })
        .toList();
  }

  /**
   * The last day anything was reported on each given plan: its actions' latest activity (a progress
   * update, or the writing of an action without one), or the day the plan was started if it has no
   * action; by plan id. Plans that do not exist are left out. A statement per thousand plans.
   */
  public Map<Long, LocalDate> lastActivity(Collection<Long> planIds) {
    Map<Long, LocalDate> last = new HashMap<>();
    List<Long> ids = List.copyOf(new HashSet<>(planIds));
    for (int from = 0; from < ids.size(); from += SLICE) {
      em.createQuery(
              "SELECT p.id, p.createdAt, MAX(a.lastActivityAt) FROM ActionPlan p"
                  + " LEFT JOIN p.actions a WHERE p.id IN :ids GROUP BY p.id, p.createdAt",
              Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE)))
          .getResultList()
          .forEach(r -> last.put((Long) r[0], day((Instant) (r[2] == null ? r[1] : r[2]))));
    }
    return last;
  }

  /** Every progress update of the plan's actions, in no particular order. One statement. */
  public List<UpdateFact> updates(long planId) {
    return em
        .createQuery(
            "SELECT u.id, u.action.id, u.writtenAt, u.rag, u.percentComplete, u.correctsId"
                + " FROM ProgressUpdate u WHERE u.action.plan.id = :plan",
            Object[].class)
        .setParameter("plan", planId)
        .getResultList()
        .stream()
        .map(
            r ->
                new UpdateFact(
                    (Long) r[0],
                    (Long) r[1],
                    (Instant) r[2],
                    (Rag) r[3],
                    (Integer) r[4],
                    (Long) r[5]))
        .toList();
  }

  /** Each recommendation's status in the plan, by recommendation id (own and carried ones). */
  public Map<Long, RecommendationStatus> statuses(long planId) {
    Map<Long, RecommendationStatus> statuses = new HashMap<>();
    em.createNamedQuery(RecommendationState.OF_PLAN, RecommendationState.class)
        .setParameter("planId", planId)
        .getResultList()
        .forEach(s -> statuses.put(s.getRecommendationId(), s.getStatus()));
    return statuses;
  }

  /** Every status change in the plan, of its actions and its recommendations, oldest first. */
  public List<StatusEntry> history(long planId) {
    return entries(
        em.createNamedQuery(StatusChange.OF_PLAN, StatusChange.class)
            .setParameter("planId", planId)
            .getResultList());
  }

  public List<StatusEntry> historyOfAction(long actionId) {
    return entries(
        em.createNamedQuery(StatusChange.OF_ACTION, StatusChange.class)
            .setParameter("actionId", actionId)
            .getResultList());
  }

  public List<StatusEntry> historyOfRecommendation(long planId, long recommendationId) {
    return entries(
        em.createNamedQuery(StatusChange.OF_RECOMMENDATION, StatusChange.class)
            .setParameter("planId", planId)
            .setParameter("recommendationId", recommendationId)
            .getResultList());
  }

  static List<StatusEntry> entries(List<StatusChange> changes) {
    return changes.stream().map(PlanProgress::entry).toList();
  }

  static StatusEntry entry(StatusChange c) {
    return new StatusEntry(
        c.getChangedAt(),
        c.getChangedBy(),
        c.getActionId(),
        c.getRecommendationId(),
        c.getFromStatus(),
        c.getToStatus(),
        c.getReason());
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(Clocks.TRACKER_ZONE).toLocalDate();
  }
}
