package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.CarriedRecommendation;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.ProgressUpdate;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.StatusChange;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Dates;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.RequestBodies;

/**
 * The actions of a plan and their progress updates. Stale edits answer 409 with the action as it is
 * now; updates are only ever added, never changed.
 */
@ApplicationScoped
@Transactional
public class PlanActions {

  static final String AUDIT_TYPE = "PlanAction";

  @PersistenceContext EntityManager em;
  @Inject ActionPlans plans;
  @Inject PlanAccess access;
  @Inject AuditTrail audit;
  @Inject RequestBodies bodies;
  @Inject ProgressKeeper keeper;
  @Inject Clock clock;

  public ActionView add(Caller caller, long planId, ActionInput input) {
    ActionPlan plan = plans.plan(caller, planId);
    access.requirePlanWriter(caller, plan);
    ActionPlans.requireOpen(plan);
    bodies.valid(input, "Send the action");
    keeper.lock(planId);
    var action = new PlanAction(plan, caller.email(), clock.instant());
    apply(caller, action, input, true);
    // Not added to the plan's list in memory: EclipseLink versions an entity whose collection
    // changes, so two people writing different actions of one plan at once would conflict (409).
    em.persist(action);
    em.flush();
    keeper.keep(planId, caller.email(), ProgressKeeper.AS_ACTIONS_STAND);
    ActionView view = view(caller, action);
    audit.created(caller, AUDIT_TYPE, action.getId(), view);
    return view;
  }

  public ActionView find(Caller caller, long actionId) {
    return view(caller, visible(caller, actionId));
  }

  public ActionView change(Caller caller, long actionId, ActionInput input) {
    PlanAction action = visible(caller, actionId);
    access.requireActionWriter(caller, action);
    ActionPlans.requireOpen(action.getPlan());
    bodies.valid(input, "Send the action");
    keeper.lock(action.getPlan().getId());
    if (input.version == null) {
      throw new InvalidInputException("version", "Send the version you edited");
    }
    if (input.version != action.getVersion()) {
      throw new ConflictException(
          "Someone else changed this action while you were editing it.",
          "version",
          view(caller, action));
    }
    boolean partnerOnly = !access.writesPlan(caller, action.getPlan());
    if (partnerOnly && !input.leadOrganisationId.equals(action.getLeadOrganisation().getId())) {
      throw new ForbiddenException("Only the service hands an action to another organisation.");
    }
    ActionView before = view(caller, action);
    apply(caller, action, input, false);
    em.flush();
    keeper.keep(action.getPlan().getId(), caller.email(), ProgressKeeper.AS_ACTIONS_STAND);
    ActionView after = view(caller, action);
    audit.updated(caller, AUDIT_TYPE, actionId, before, after);
    return after;
  }

  /**
   * Appends a progress update. It never conflicts with another append and carries no version: the
   * action row is not versioned by it (see {@link PlanAction#append}), and nothing is loaded with a
   * lock. Every stored update is audited in the same transaction.
   */
  public long report(Caller caller, long actionId, UpdateInput input) {
    PlanAction action = visible(caller, actionId);
    access.requireActionWriter(caller, action);
    ActionPlans.requireOpen(action.getPlan());
    bodies.valid(input, "Send the update");
    Rag rag = Enums.parse(Rag.class, input.rag, "rag");
    if (input.correctsId != null && !hasUpdate(actionId, input.correctsId)) {
      throw new InvalidInputException(
          "correctsId", "This action has no update " + input.correctsId);
    }
    if (input.correctsId != null && !correctable(caller, action).contains(input.correctsId)) {
      throw new ForbiddenException("You can correct only the updates you wrote.");
    }
    List<ProgressUpdate.EvidenceLink> links =
        Optional.ofNullable(input.links).orElse(List.of()).stream()
            .map(l -> new ProgressUpdate.EvidenceLink(l.title.strip(), l.url.strip()))
            .toList();
    long planId = action.getPlan().getId();
    // Only an update that starts an action can move a recommendation's status; only then is the
    // plan's lock taken (the plan's updates otherwise run side by side, kept in turn only by the
    // action's own row and the national table's row of the service).
    boolean mayStart =
        action.getStatus() == ActionStatus.NOT_STARTED
            && PlanAction.startsAction(input.percentComplete);
    if (mayStart) {
      keeper.lock(planId);
    }
    Instant now = clock.instant();
    em.createNativeQuery(PlanAction.KEEP_ACTIVITY)
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, actionId)
        .executeUpdate();
    boolean started =
        mayStart
            && em.createNativeQuery(PlanAction.START_ON_PROGRESS)
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, actionId)
                    .executeUpdate()
                == 1;
    if (started) {
      em.persist(
          StatusChange.ofAction(
              action,
              ActionStatus.NOT_STARTED,
              ActionStatus.IN_PROGRESS,
              caller.email(),
              now,
              PlanAction.STARTED_BY_PROGRESS));
    }
    ProgressUpdate update =
        action.append(
            caller.email(),
            now,
            input.narrative,
            rag,
            input.percentComplete,
            input.correctsId,
            links);
    em.persist(update);
    em.flush();
    audit.created(caller, "ProgressUpdate", update.getId(), PlanViews.update(update));
    if (started) {
      keeper.keep(planId, caller.email(), ProgressKeeper.AS_ACTIONS_STAND);
    } else {
      keeper.touched(action.getPlan().getInspection().getId(), planId);
    }
    return update.getId();
  }

  /**
   * The updates of an action the caller may correct: the service's leads and board any of them, a
   * partner only the ones it wrote (a correction speaks for the update's author).
   */
  public Set<Long> correctable(Caller caller, long actionId) {
    return correctable(caller, visible(caller, actionId));
  }

  private Set<Long> correctable(Caller caller, PlanAction action) {
    if (!access.writesAction(caller, action)) {
      return Set.of();
    }
    boolean any = access.writesPlan(caller, action.getPlan());
    return action.getUpdates().stream()
        .filter(u -> any || caller.email().equalsIgnoreCase(u.getAuthor()))
        .map(ProgressUpdate::getId)
        .collect(java.util.stream.Collectors.toSet());
  }

  private boolean hasUpdate(long actionId, long updateId) {
    return em.createQuery(
                "SELECT COUNT(u) FROM ProgressUpdate u WHERE u.id = :id AND u.action.id = :action",
                Long.class)
            .setParameter("id", updateId)
            .setParameter("action", actionId)
            .getSingleResult()
        > 0;
  }

  /**
   * Every action the caller is responsible for, across services, most urgent first: those the
   * caller's organisations lead and, for a service's leads and board members, every action of their
   * service's plans that are not closed (whoever leads it).
   */
  public List<ActionView> mine(Caller caller) {
    return mine(caller, null);
  }

  /** The caller's actions ({@link #mine(Caller)}) that {@code show} selects; null: all of them. */
  public List<ActionView> mine(Caller caller, ActionShow show) {
    if (caller.organisationIds().isEmpty()) {
      return List.of();
    }
    boolean service = caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER);
    // Whether the caller writes a plan costs a query: once a plan, not once an action.
    Map<ActionPlan, Boolean> writesPlan = new HashMap<>();
    var query =
        em.createQuery(
            "SELECT a FROM PlanAction a WHERE a.leadOrganisation.id IN :mine"
                + (service
                    ? " OR (a.plan.status <> :closed AND (a.plan.inspection.service.id IN :mine"
                        + " OR EXISTS (SELECT b FROM Organisation b"
                        + " WHERE b.boardOf = a.plan.inspection.service AND b.id IN :mine)))"
                    : ""),
            PlanAction.class);
    query.setParameter("mine", caller.organisationIds());
    if (service) {
      query.setParameter("closed", PlanStatus.CLOSED);
    }
    return query.getResultList().stream()
        .map(
            a ->
                view(
                    caller,
                    a,
                    writesPlan.computeIfAbsent(a.getPlan(), p -> access.writesPlan(caller, p))))
        .filter(a -> show == null || show.shows(a.flags()))
        .sorted(URGENCY)
        .toList();
  }

  /** Overdue first (most overdue first), then red, amber, then the nearest target date. */
  static final Comparator<ActionView> URGENCY =
      Comparator.comparing((ActionView a) -> !a.flags().overdue())
          .thenComparing(
              a -> a.flags().suggestedRag() == null ? 3 : a.flags().suggestedRag().ordinal())
          .thenComparing(
              a -> a.flags().daysToTarget(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ActionView::id);

  private void apply(Caller caller, PlanAction action, ActionInput input, boolean fresh) {
    var errors = new ArrayList<FieldError>();
    Organisation lead = em.find(Organisation.class, input.leadOrganisationId);
    if (lead == null) {
      errors.add(
          new FieldError(
              "leadOrganisationId", "No organisation with id " + input.leadOrganisationId));
    }
    Set<Recommendation> answers = new LinkedHashSet<>();
    for (Long id : Optional.ofNullable(input.recommendationIds).orElse(List.of())) {
      Recommendation r = id == null ? null : em.find(Recommendation.class, id);
      if (r == null || !answerable(action.getPlan(), r)) {
        errors.add(
            new FieldError("recommendationIds", "The inspection has no recommendation " + id));
      } else {
        answers.add(r);
      }
    }
    if (answers.isEmpty()
        && (input.areaForImprovement == null || input.areaForImprovement.isBlank())) {
      errors.add(
          new FieldError(
              "recommendationIds",
              "Link the action to a recommendation or name the area for improvement it answers"));
    }
    LocalDate start = Dates.parse(input.startDate, "startDate", errors);
    LocalDate target = Dates.parse(input.targetDate, "targetDate", errors);
    if (start != null && target != null && target.isBefore(start)) {
      errors.add(new FieldError("targetDate", "The target date cannot be before the start date"));
    }
    ActionStatus status =
        input.status == null || input.status.isBlank()
            ? action.getStatus()
            : Enums.parseInto(ActionStatus.class, input.status, "status", errors);
    String statusReason = blankToNull(input.statusReason);
    if (status != null && status.needsReason() && statusReason == null) {
      errors.add(
          new FieldError("statusReason", "Say why the action is " + status.name().toLowerCase()));
    }
    String dateReason = blankToNull(input.targetDateReason);
    boolean moves = !fresh && !java.util.Objects.equals(target, action.getTargetDate());
    if (moves && dateReason == null) {
      errors.add(new FieldError("targetDateReason", "Say why the target date changes"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    action.describe(
        lead,
        input.leadPerson,
        input.title,
        input.description,
        input.successMeasure,
        input.areaForImprovement,
        start,
        answers);
    // A new action takes its first status at the moment it was written, so that its history
    // begins with that status (one entry) rather than two entries a few microseconds apart, which
    // the database's millisecond timestamps could store as a tie and read back in either order.
    Instant now = fresh ? action.getCreatedAt() : clock.instant();
    action.retarget(target, dateReason, caller.email(), now);
    action.setStatus(status, statusReason, caller.email(), now, null);
  }

  /**
   * A plan's actions answer its own inspection's recommendations and those carried into it from the
   * inspection before.
   */
  private boolean answerable(ActionPlan plan, Recommendation recommendation) {
    return recommendation.getInspection().equals(plan.getInspection())
        || em.find(
                CarriedRecommendation.class,
                new CarriedRecommendation.Key(plan.getId(), recommendation.getId()))
            != null;
  }

  private PlanAction visible(Caller caller, long actionId) {
    PlanAction action =
        Optional.ofNullable(em.find(PlanAction.class, actionId))
            .orElseThrow(() -> new NotFoundException("No action with id " + actionId));
    try {
      plans.plan(caller, action.getPlan().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No action with id " + actionId);
    }
    if (!access.seesAction(caller, action)) {
      throw new NotFoundException("No action with id " + actionId);
    }
    return action;
  }

  private ActionView view(Caller caller, PlanAction action) {
    return view(caller, action, access.writesPlan(caller, action.getPlan()));
  }

  private ActionView view(Caller caller, PlanAction action, boolean writesPlan) {
    var context =
        new PlanViews.Context(
            plans.today(),
            plans.settings(),
            a -> true,
            a -> !a.getPlan().isClosed() && (writesPlan || access.leadsAsPartner(caller, a)));
    return PlanViews.action(action, context, true);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
