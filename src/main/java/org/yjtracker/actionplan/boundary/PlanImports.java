package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Imports a plan that a service kept in a spreadsheet: a preview of what would be created, then all
 * the actions in one transaction or none of them. Each action is added (and audited) as if written
 * by hand, with a first progress update where the sheet reports progress or a RAG.
 */
@ApplicationScoped
@Transactional
public class PlanImports {

  static final String IMPORTED = "Imported from spreadsheet";

  @PersistenceContext EntityManager em;
  @Inject ActionPlans plans;
  @Inject PlanActions actions;
  @Inject PlanAccess access;
  @Inject AuditTrail audit;

  /** Nothing is saved. */
  public ImportPreview preview(
      Caller caller, long planId, byte[] sheet, PlanSpreadsheet.Format as) {
    return ImportPreview.of(rows(writable(caller, planId), sheet, as));
  }

  /**
   * @throws InvalidInputException naming every row with a problem ("rows[3].targetDate"); then
   *     nothing is created
   */
  public PlanView importActions(
      Caller caller, long planId, byte[] sheet, PlanSpreadsheet.Format as) {
    ActionPlan plan = writable(caller, planId);
    if (plan.getStatus() == PlanStatus.CLOSED) {
      throw new ConflictException("This plan is closed.");
    }
    List<ImportRow> rows = rows(plan, sheet, as);
    List<FieldError> errors =
        rows.stream()
            .flatMap(r -> r.problems().stream().map(p -> error(r, p)))
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (ImportRow row : rows) {
      create(caller, plan, row);
    }
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
            plan.getInspection().getRecommendations().stream()
                .map(r -> new RecommendationChoice(r.getId(), r.getNumber(), r.getText()))
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
    LocalDate today = ActionPlans.today();
    return ActionFlags.of(
            ActionStatus.IN_PROGRESS,
            row.startDate(),
            row.targetDate(),
            today,
            null,
            today,
            plans.thresholds())
        .suggestedRag();
  }

  private void create(Caller caller, ActionPlan plan, ImportRow row) {
    var input = new ActionInput();
    input.recommendationIds =
        row.recommendationId() == null ? List.of() : List.of(row.recommendationId());
    input.areaForImprovement = row.areaForImprovement();
    input.leadOrganisationId = row.leadOrganisationId();
    input.leadPerson = row.leadPerson();
    input.description = row.action();
    input.successMeasure = row.successMeasure();
    input.startDate = row.startDate() == null ? null : row.startDate().toString();
    input.targetDate = row.targetDate() == null ? null : row.targetDate().toString();
    input.status =
        (row.progress() != null ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED).name();
    try {
      ActionView action = actions.add(caller, plan.getId(), input);
      if (row.reportsProgress()) {
        var update = new UpdateInput();
        update.narrative = row.progress() != null ? row.progress() : IMPORTED;
        update.rag = (row.rag() != null ? row.rag() : suggested(row)).name();
        actions.report(caller, action.id(), update);
      }
    } catch (InvalidInputException e) {
      // A rule the sheet's reading did not foresee: name the row, and nothing is kept.
      throw new InvalidInputException(
          e.errors().stream()
              .map(f -> error(row, new RowProblem(f.field(), f.message())))
              .toList());
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
