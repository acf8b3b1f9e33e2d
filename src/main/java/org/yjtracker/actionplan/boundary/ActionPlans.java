package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.control.PlanStages;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.Acceptance;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.CarriedRecommendation;
import org.yjtracker.actionplan.entity.PlanComment;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.inspection.boundary.InspectionPlanPanel;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * A service's improvement plan: started against a published inspection, answered recommendation by
 * recommendation, endorsed by its board, submitted to the inspectorate. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ActionPlans {

  static final String AUDIT_TYPE = "ActionPlan";

  @PersistenceContext EntityManager em;
  @Inject PlanAccess access;
  @Inject ServiceScope scope;
  @Inject AuditTrail audit;
  @Inject ProgressKeeper keeper;
  @Inject PlanProgress progress;
  @Inject ProgressSettings settings;
  @Inject Clock clock;
  @Inject Event<PlanCommented> commented;
  @Inject Event<PlanSubmitted> submitted;

  /** Starts the plan of a published inspection; its due date counts from publication. */
  public PlanView start(Caller caller, long inspectionId) {
    Inspection inspection = inspection(caller, inspectionId);
    if (inspection.isDraft()) {
      throw new ConflictException("A plan answers a published inspection; this one is a draft.");
    }
    if (!access.ofService(caller, inspection.getService())
        || !caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER)) {
      throw new ForbiddenException("Only the service's leads and board members write its plan.");
    }
    planOf(inspectionId)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "This inspection already has a plan (" + existing.getId() + ").");
            });
    LocalDate published = Optional.ofNullable(inspection.getPublishedOn()).orElse(today());
    var plan = new ActionPlan(inspection, PlanStages.dueDate(published, settings.dueDays()));
    em.persist(plan);
    em.flush();
    keeper.keep(plan.getId(), caller.email(), "The plan was started");
    audit.created(caller, AUDIT_TYPE, plan.getId(), Map.of("inspectionId", inspectionId));
    return view(caller, plan);
  }

  public PlanView ofInspection(Caller caller, long inspectionId) {
    inspection(caller, inspectionId);
    ActionPlan plan =
        planOf(inspectionId)
            .orElseThrow(() -> new NotFoundException("This inspection has no plan yet"));
    access.requireReadable(caller, plan);
    return view(caller, plan);
  }

  /**
   * What an inspection's page says of its plan: a link with the plan's status for those who may
   * read it; for the service's leads and board, before there is a plan, the button that starts it;
   * for the inspectorate, that it is not started. Nothing for anyone else.
   */
  public Optional<InspectionPlanPanel.Panel> panel(Caller caller, long inspectionId) {
    Inspection inspection = inspection(caller, inspectionId);
    if (inspection.isDraft()) {
      return Optional.empty();
    }
    Optional<ActionPlan> plan = planOf(inspectionId);
    if (plan.isPresent()) {
      return plan.filter(p -> access.readable(caller, p))
          .map(
              p ->
                  new InspectionPlanPanel.Panel(
                      "/plans/" + p.getId(), p.getStatus().label().toLowerCase(Locale.UK), false));
    }
    if (caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER)
        && access.ofService(caller, inspection.getService())) {
      return Optional.of(new InspectionPlanPanel.Panel(null, null, true));
    }
    return caller.isInspectorate()
        ? Optional.of(new InspectionPlanPanel.Panel(null, null, false))
        : Optional.empty();
  }

  public PlanView find(Caller caller, long planId) {
    ActionPlan plan = plan(caller, planId);
    return view(caller, plan);
  }

  /**
   * The plans a service lead or board member answers for: those of their services (the caller's own
   * service or the service whose board the caller sits on) that are not closed, by due date. Empty
   * for every other role.
   */
  public List<PlanView> ownOpenPlans(Caller caller) {
    if (caller.organisationIds().isEmpty()
        || !caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER)) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT p FROM ActionPlan p WHERE p.status <> :closed"
                + " AND (p.inspection.service.id IN :mine OR EXISTS (SELECT b FROM Organisation b"
                + " WHERE b.boardOf = p.inspection.service AND b.id IN :mine))"
                + " ORDER BY p.dueDate, p.id",
            ActionPlan.class)
        .setParameter("closed", PlanStatus.CLOSED)
        .setParameter("mine", caller.organisationIds())
        .getResultList()
        .stream()
        .map(p -> view(caller, p))
        .toList();
  }

  /** A board member or service lead of the service endorses the draft plan. */
  public PlanView endorse(Caller caller, long planId, Long version) {
    ActionPlan plan = plan(caller, planId);
    access.requirePlanWriter(caller, plan);
    requireOpen(plan);
    requireVersion(caller, plan, version);
    requireStatus(caller, plan, PlanStatus.DRAFT, "endorsed");
    keeper.lock(planId);
    plan.endorse(caller.email(), clock.instant());
    return changed(caller, plan, "endorsed");
  }

  /** Sends the endorsed plan to the inspectorate; late if after its due date. */
  public PlanView submit(Caller caller, long planId, Long version) {
    ActionPlan plan = plan(caller, planId);
    access.requirePlanWriter(caller, plan);
    requireOpen(plan);
    requireVersion(caller, plan, version);
    requireStatus(caller, plan, PlanStatus.ENDORSED, "submitted");
    keeper.lock(planId);
    plan.submit(caller.email(), clock.instant());
    PlanView view = changed(caller, plan, "submitted");
    submitted.fire(
        new PlanSubmitted(
            planId,
            plan.getInspection().getService().getName(),
            caller.email(),
            plan.getDueDate(),
            today().isAfter(plan.getDueDate())));
    return view;
  }

  /** The inspectorate accepts a submitted plan: owners now report progress against it. */
  public PlanView activate(Caller caller, long planId) {
    if (!caller.isInspectorate()) {
      throw new ForbiddenException("Only the inspectorate makes a submitted plan active.");
    }
    ActionPlan plan = plan(caller, planId);
    requireOpen(plan);
    requireStatus(caller, plan, PlanStatus.SUBMITTED, "made active");
    keeper.lock(planId);
    plan.activate();
    return changed(caller, plan, "active");
  }

  /** The service's answer to a recommendation, or (inspectors) the status it has reached. */
  public PlanView respond(Caller caller, long recommendationId, ResponseInput input) {
    Recommendation recommendation =
        Optional.ofNullable(em.find(Recommendation.class, recommendationId))
            .orElseThrow(() -> new NotFoundException("No recommendation " + recommendationId));
    ActionPlan plan =
        planOf(recommendation.getInspection().getId())
            .orElseThrow(() -> new NotFoundException("Start the plan first"));
    access.requireReadable(caller, plan);
    requireOpen(plan);
    keeper.lock(plan.getId());
    RecommendationResponse response =
        Optional.ofNullable(em.find(RecommendationResponse.class, recommendationId))
            .orElseGet(() -> create(new RecommendationResponse(recommendationId)));
    if (input.version != null && input.version != response.getVersion()) {
      throw new ConflictException(
          "Someone else answered this recommendation meanwhile.", "version", view(caller, plan));
    }
    String reason = input.reason == null || input.reason.isBlank() ? null : input.reason.strip();
    if (input.status != null) {
      if (!caller.isInspectorate()) {
        throw new ForbiddenException("Only an inspector sets a recommendation's status.");
      }
      RecommendationStatus status = Enums.parse(RecommendationStatus.class, input.status, "status");
      if (status != null && reason == null) {
        throw new InvalidInputException("reason", "Say why you set this status");
      }
      response.overrideStatus(status, reason, caller.email());
    } else {
      access.requirePlanWriter(caller, plan);
      Acceptance acceptance = Enums.parse(Acceptance.class, input.acceptance, "acceptance");
      if (acceptance == null) {
        throw new InvalidInputException("acceptance", "Say whether the service agrees");
      }
      if (acceptance != Acceptance.AGREED && reason == null) {
        throw new InvalidInputException("reason", "Say why the recommendation is not fully agreed");
      }
      Organisation lead = null;
      if (input.leadOwnerId != null) {
        lead =
            recommendation.getOwners().stream()
                .filter(o -> o.getId().equals(input.leadOwnerId))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "leadOwnerId", "The lead must be one of the recommendation's owners"));
      }
      response.accept(acceptance, reason, lead);
    }
    em.flush();
    keeper.keep(plan.getId(), caller.email(), reason);
    audit.record(
        caller,
        AuditAction.UPDATE,
        "RecommendationResponse",
        recommendationId,
        reason,
        null,
        Map.of(
            "acceptance", String.valueOf(response.getAcceptance()),
            "status", String.valueOf(response.getStatusOverride())));
    return view(caller, plan);
  }

  /** The inspectorate comments on a plan it oversees; the service's writers answer. */
  public PlanView comment(Caller caller, long planId, String text) {
    ActionPlan plan = plan(caller, planId);
    if (!caller.isInspectorate() && !access.writesPlan(caller, plan)) {
      throw new ForbiddenException("Only the inspectorate and the service comment on a plan.");
    }
    requireOpen(plan);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "Write the comment");
    }
    if (text.length() > 4000) {
      throw new InvalidInputException("text", "A comment must be 4000 characters or fewer");
    }
    var comment =
        new PlanComment(plan, caller.email(), caller.isInspectorate(), clock.instant(), text);
    em.persist(comment);
    em.flush();
    audit.created(
        caller,
        "PlanComment",
        comment.getId(),
        Map.of("planId", planId, "text", comment.getText()));
    Organisation service = plan.getInspection().getService();
    commented.fire(
        new PlanCommented(
            planId,
            comment.getId(),
            caller.email(),
            caller.isInspectorate(),
            service.getId(),
            em.createQuery("SELECT b.id FROM Organisation b WHERE b.boardOf = :service", Long.class)
                .setParameter("service", service)
                .getResultStream()
                .findFirst()
                .orElse(null),
            service.getName(),
            em
                .createNamedQuery(PlanComment.OF_PLAN, PlanComment.class)
                .setParameter("plan", plan)
                .getResultList()
                .stream()
                .filter(c -> c.isInspectorate() && !c.getId().equals(comment.getId()))
                .map(PlanComment::getAuthor)
                .collect(Collectors.toSet())));
    return view(caller, plan);
  }

  PlanView view(Caller caller, ActionPlan plan) {
    Map<Long, RecommendationResponse> responses = new HashMap<>();
    em.createQuery(
            "SELECT r FROM RecommendationResponse r WHERE r.recommendationId IN (SELECT rec.id FROM"
                + " Recommendation rec WHERE rec.inspection = :inspection)",
            RecommendationResponse.class)
        .setParameter("inspection", plan.getInspection())
        .getResultList()
        .forEach(r -> responses.put(r.getRecommendationId(), r));
    boolean whole = access.seesWholePlan(caller, plan);
    // A closed plan is a record: nobody edits, endorses or comments on it any more.
    boolean open = !plan.isClosed();
    boolean writes = open && access.writesPlan(caller, plan);
    var context =
        new PlanViews.Context(
            today(),
            settings,
            a -> whole || caller.organisationIds().contains(a.getLeadOrganisation().getId()),
            a -> writes || (open && access.leadsAsPartner(caller, a)));
    List<CarriedRecommendation> carried =
        em.createNamedQuery(CarriedRecommendation.OF_PLAN, CarriedRecommendation.class)
            .setParameter("planId", plan.getId())
            .getResultList();
    List<PlanComment> comments =
        whole
            ? em.createNamedQuery(PlanComment.OF_PLAN, PlanComment.class)
                .setParameter("plan", plan)
                .getResultList()
            : List.of();
    return PlanViews.plan(
        plan,
        progress.states(plan.getId()),
        responses,
        carried,
        comments,
        context,
        writes,
        writes,
        open && (writes || caller.isInspectorate()),
        open && caller.isInspectorate(),
        !whole);
  }

  ProgressSettings settings() {
    return settings;
  }

  LocalDate today() {
    return progress.today();
  }

  ActionPlan plan(Caller caller, long planId) {
    ActionPlan plan =
        Optional.ofNullable(em.find(ActionPlan.class, planId))
            .filter(p -> scope.of(caller).coversService(p.getInspection().getService().getId()))
            .orElseThrow(() -> new NotFoundException("No plan with id " + planId));
    access.requireReadable(caller, plan);
    return plan;
  }

  private Inspection inspection(Caller caller, long inspectionId) {
    return Optional.ofNullable(em.find(Inspection.class, inspectionId))
        .filter(i -> caller.isInspectorate() || !i.isDraft())
        .filter(i -> scope.of(caller).coversService(i.getService().getId()))
        .orElseThrow(() -> new NotFoundException("No inspection with id " + inspectionId));
  }

  private Optional<ActionPlan> planOf(long inspectionId) {
    return em.createNamedQuery(ActionPlan.OF_INSPECTION, ActionPlan.class)
        .setParameter("inspectionId", inspectionId)
        .getResultStream()
        .findFirst();
  }

  private RecommendationResponse create(RecommendationResponse response) {
    em.persist(response);
    return response;
  }

  /** Every change to a closed plan answers 409: the next inspection has judged it. */
  static void requireOpen(ActionPlan plan) {
    if (plan.isClosed()) {
      throw new ConflictException(
          "This plan is closed: the next inspection has judged it, so it is kept as a record and"
              + " can no longer be changed. Whatever is still to do belongs in the new plan.");
    }
  }

  private void requireVersion(Caller caller, ActionPlan plan, Long version) {
    if (version != null && version != plan.getVersion()) {
      throw new ConflictException(
          "Someone else changed this plan since you read it.", "version", view(caller, plan));
    }
  }

  private void requireStatus(Caller caller, ActionPlan plan, PlanStatus wanted, String what) {
    if (plan.getStatus() != wanted) {
      throw new ConflictException(
          "Only a plan that is "
              + wanted.name().toLowerCase()
              + " can be "
              + what
              + "; this one is "
              + plan.getStatus().name().toLowerCase()
              + ".",
          "status",
          view(caller, plan));
    }
  }

  private PlanView changed(Caller caller, ActionPlan plan, String what) {
    em.flush();
    keeper.keep(plan.getId(), caller.email(), "The plan was " + what);
    audit.record(
        caller, AuditAction.UPDATE, AUDIT_TYPE, plan.getId(), null, null, Map.of("status", what));
    return view(caller, plan);
  }
}
