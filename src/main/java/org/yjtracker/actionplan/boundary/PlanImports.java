package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.ImportRow;
import org.yjtracker.actionplan.control.PlanRowMatcher;
import org.yjtracker.actionplan.control.PlanSpreadsheet;
import org.yjtracker.actionplan.control.PlanTargets.OrganisationChoice;
import org.yjtracker.actionplan.control.PlanTargets.RecommendationChoice;
import org.yjtracker.actionplan.control.RowProblem;
import org.yjtracker.actionplan.control.SheetRow;
import org.yjtracker.actionplan.control.UnreadableSheetException;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.CarriedRecommendation;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.ProgressUpdate;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Imports a plan that a service kept in a spreadsheet: a preview of what would be created, then all
 * the actions in one transaction or none of them. Each action is created and audited as {@link
 * PlanActions} creates one written by hand, with a first progress update where the sheet reports
 * progress or a RAG.
 */
@ApplicationScoped
@Transactional
public class PlanImports {

  static final String IMPORTED = "Imported from spreadsheet";

  @PersistenceContext EntityManager em;
  @Inject ActionPlans plans;
  @Inject PlanAccess access;
  @Inject AuditTrail audit;
  @Inject ProgressKeeper keeper;
  @Inject Clock clock;

  /**
   * Nothing is saved. The sheet is read only once the caller may write the plan, so a caller who
   * may not gets 403/404 rather than a complaint about the upload.
   */
  public ImportPreview preview(
      Caller caller, long planId, Supplier<byte[]> sheet, PlanSpreadsheet.Format as) {
    ActionPlan plan = writable(caller, planId);
    return ImportPreview.of(rows(plan, sheet.get(), as));
  }

  /**
   * @throws InvalidInputException naming every row with a problem ("rows[3].targetDate"); then
   *     nothing is created
   */
  public PlanView importActions(
      Caller caller, long planId, Supplier<byte[]> sheet, PlanSpreadsheet.Format as) {
    ActionPlan plan = writable(caller, planId);
    List<ImportRow> rows = rows(plan, sheet.get(), as);
    List<FieldError> errors =
        rows.stream()
            .flatMap(r -> r.problems().stream().map(p -> error(r, p)))
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    create(caller, plan, rows);
    audit.record(
        caller,
        AuditAction.UPDATE,
        ActionPlans.AUDIT_TYPE,
        plan.getId(),
        IMPORTED,
        null,
        Map.of("importedActions", rows.size()));
    return plans.view(caller, plan);
  }

  private ActionPlan writable(Caller caller, long planId) {
    ActionPlan plan = plans.plan(caller, planId);
    access.requirePlanWriter(caller, plan);
    ActionPlans.requireOpen(plan);
    return plan;
  }

  private List<ImportRow> rows(ActionPlan plan, byte[] sheet, PlanSpreadsheet.Format as) {
    List<SheetRow> read;
    try {
      read = PlanSpreadsheet.read(sheet, as);
    } catch (UnreadableSheetException e) {
      throw new WebApplicationException(e.getMessage(), 422);
    }
    Organisation service = PlanAccess.service(plan);
    var matcher =
        new PlanRowMatcher(
            Stream.concat(
                    plan.getInspection().getRecommendations().stream()
                        .map(r -> new RecommendationChoice(r.getId(), r.getNumber(), r.getText())),
                    carried(plan).stream()
                        .map(
                            r ->
                                new RecommendationChoice(
                                    r.getId(),
                                    r.getNumber(),
                                    r.getText(),
                                    r.getInspection().publication())))
                .toList(),
            choice(service),
            organisations(service));
    Set<String> existing =
        plan.getActions().stream()
            .map(a -> sameText(a.getDescription()))
            .collect(Collectors.toSet());
    return matcher.match(read).stream()
        .map(r -> r.withSuggestedRag(suggested(r)))
        .map(r -> alreadyThere(r, existing))
        .toList();
  }

  /** Recommendations of earlier inspections carried into this plan: its rows may answer them. */
  private List<Recommendation> carried(ActionPlan plan) {
    return em
        .createNamedQuery(CarriedRecommendation.OF_PLAN, CarriedRecommendation.class)
        .setParameter("planId", plan.getId())
        .getResultList()
        .stream()
        .map(CarriedRecommendation::getRecommendation)
        .toList();
  }

  /** The service, its board and its partners: every organisation that may lead its actions. */
  private List<OrganisationChoice> organisations(Organisation service) {
    Stream<Organisation> boards =
        em.createNamedQuery(Organisation.BOARD_OF, Organisation.class)
            .setParameter("serviceId", service.getId())
            .getResultStream();
    Stream<Organisation> partners =
        em.createNamedQuery(Organisation.PARTNERS_OF, Organisation.class)
            .setParameter("serviceId", service.getId())
            .getResultStream();
    return Stream.concat(Stream.of(service), Stream.concat(boards, partners))
        .map(PlanImports::choice)
        .toList();
  }

  private static OrganisationChoice choice(Organisation o) {
    return new OrganisationChoice(o.getId(), o.getName(), o.getKind());
  }

  /** Importing the same sheet twice would double the plan; an action already in it is refused. */
  private static ImportRow alreadyThere(ImportRow row, Set<String> existing) {
    if (row.action() == null || !existing.contains(sameText(row.action()))) {
      return row;
    }
    return row.withProblem(
        new RowProblem(
            "action", "The plan already has this action; remove the row from the sheet."));
  }

  private static String sameText(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private Rag suggested(ImportRow row) {
    LocalDate today = plans.today();
    return ActionFlags.of(
            ActionStatus.IN_PROGRESS,
            row.startDate(),
            row.targetDate(),
            today,
            null,
            today,
            plans.settings())
        .suggestedRag();
  }

  /**
   * Adds every row's action, and its first update, then writes them all at once. Adding them one by
   * one through {@link PlanActions} flushes after each, and the cost grows with the square of the
   * rows: 300 rows took 6 s and 1,000 did not finish; this way 2,000 take about 4 s. The rows were
   * checked beforehand against the rules {@code PlanActions} applies.
   */
  private void create(Caller caller, ActionPlan plan, List<ImportRow> rows) {
    keeper.lock(plan.getId());
    Instant now = clock.instant();
    Map<Long, Organisation> organisations = new HashMap<>();
    Map<Long, Recommendation> recommendations = new HashMap<>();
    plan.getInspection().getRecommendations().forEach(r -> recommendations.put(r.getId(), r));
    carried(plan).forEach(r -> recommendations.put(r.getId(), r));
    List<PlanAction> created = new ArrayList<>();
    List<ProgressUpdate> updates = new ArrayList<>();
    for (ImportRow row : rows) {
      var action = new PlanAction(plan, caller.email(), now);
      action.describe(
          organisations.computeIfAbsent(
              row.leadOrganisationId(), id -> em.find(Organisation.class, id)),
          row.leadPerson(),
          row.title(),
          row.action(),
          row.successMeasure(),
          row.areaForImprovement(),
          row.startDate(),
          row.recommendationId() == null
              ? List.of()
              : List.of(recommendations.get(row.recommendationId())));
      action.retarget(row.targetDate(), null, caller.email(), now);
      action.setStatus(
          row.progress() != null ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED,
          null,
          caller.email(),
          now,
          "Imported from a spreadsheet");
      plan.addAction(action);
      em.persist(action);
      created.add(action);
      if (row.reportsProgress()) {
        ProgressUpdate update =
            action.report(
                caller.email(),
                now,
                row.progress() != null ? row.progress() : IMPORTED,
                row.rag() != null ? row.rag() : suggested(row),
                null,
                null,
                List.of());
        em.persist(update);
        updates.add(update);
      }
    }
    em.flush();
    keeper.keep(plan.getId(), caller.email(), ProgressKeeper.AS_ACTIONS_STAND);
    var context =
        new PlanViews.Context(
            plans.today(),
            plans.settings(),
            a -> true,
            a -> true); // the caller writes the plan, so every action in it
    for (PlanAction action : created) {
      audit.created(
          caller, PlanActions.AUDIT_TYPE, action.getId(), PlanViews.action(action, context, true));
    }
    for (ProgressUpdate update : updates) {
      audit.created(caller, "ProgressUpdate", update.getId(), PlanViews.update(update));
    }
  }

  private static FieldError error(ImportRow row, RowProblem problem) {
    return new FieldError(
        "rows[" + (row.row() - 1) + "]." + problem.field(),
        "Row "
            + row.row()
            + ": "
            + problem.message()
            + " (Spreadsheet row "
            + row.sheetRow()
            + ".)");
  }
}
