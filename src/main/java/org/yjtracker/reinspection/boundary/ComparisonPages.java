package org.yjtracker.reinspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.boundary.PeopleNames;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.reinspection.entity.Outcome;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Confirmation;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * An inspection beside the one before it: ratings then and now, and what became of each previous
 * recommendation. Inspectors record each outcome, carry what was not met into the new plan and,
 * after a confirmation page, close the previous plan; everyone else reads.
 */
@ApplicationScoped
public class ComparisonPages implements PageRoutes {

  @Inject Reinspections reinspections;
  @Inject PeopleNames people;

  @Override
  public void register(Routes routes) {
    routes
        .get("/inspections/{id}/comparison", Section.INSPECTIONS, this::show)
        .post(
            "/inspections/{id}/outcomes/{rec}",
            Section.INSPECTIONS,
            this::record,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .post(
            "/inspections/{id}/outcomes/{rec}/carry",
            Section.INSPECTIONS,
            this::carry,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .post(
            "/inspections/{id}/outcomes/{rec}/uncarry",
            Section.INSPECTIONS,
            this::uncarry,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .get(
            "/inspections/{id}/comparison/close",
            Section.INSPECTIONS,
            this::askClose,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .post(
            "/inspections/{id}/comparison/close",
            Section.INSPECTIONS,
            this::close,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR);
  }

  PageResult show(PageContext request) {
    return page(reinspections.compare(request.caller(), request.id()), null, Form.empty());
  }

  PageResult record(PageContext request) {
    long rec = request.id("rec");
    Form form = request.form();
    var input = new OutcomeInput();
    input.outcome = form.value("outcome").isBlank() ? null : form.value("outcome");
    input.note = form.value("note").strip();
    input.version = form.whole("version");
    try {
      reinspections.record(request.caller(), request.id(), rec, input);
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      return page(
          reinspections.compare(request.caller(), request.id()), rec, form.withErrors(errors));
    }
    return PageResult.redirect(
        "/inspections/" + request.id() + "/comparison#previous-" + rec,
        "The outcome has been saved");
  }

  PageResult carry(PageContext request) {
    return move(
        request,
        reinspections::carry,
        "The recommendation has been carried forward into the new plan");
  }

  PageResult uncarry(PageContext request) {
    return move(request, reinspections::uncarry, "The recommendation is no longer carried forward");
  }

  /** Carrying a recommendation into the new plan, or taking it out. */
  private interface Move {
    ComparisonView apply(
        org.yjtracker.access.entity.Caller caller, long inspectionId, long recommendationId);
  }

  private PageResult move(PageContext request, Move move, String done) {
    long rec = request.id("rec");
    try {
      move.apply(request.caller(), request.id(), rec);
    } catch (RuntimeException e) {
      return page(
          reinspections.compare(request.caller(), request.id()),
          rec,
          Form.empty().withErrors(FormErrors.from(e)));
    }
    return PageResult.redirect(
        "/inspections/" + request.id() + "/comparison#previous-" + rec, done);
  }

  PageResult askClose(PageContext request) {
    return confirmClose(reinspections.compare(request.caller(), request.id()), List.of());
  }

  PageResult close(PageContext request) {
    try {
      reinspections.complete(request.caller(), request.id());
    } catch (RuntimeException e) {
      List<String> problems = FormErrors.from(e).stream().map(FieldError::message).toList();
      return confirmClose(reinspections.compare(request.caller(), request.id()), problems)
          .status(Problems.of(e).status());
    }
    return PageResult.redirect(
        "/inspections/" + request.id() + "/comparison", "The previous plan has been closed");
  }

  private static PageResult.View confirmClose(ComparisonView c, List<String> problems) {
    var confirm =
        new Confirmation(
            c.current().service(),
            List.of(
                "The plan that answered the previous inspection will be closed and kept as a"
                    + " record. Nobody can add to it or change it afterwards.",
                "Whatever is still to do belongs in the new plan: carry those recommendations"
                    + " forward first."),
            "Close the previous plan",
            false,
            Map.of(),
            problems,
            "/inspections/" + c.current().id() + "/comparison");
    return PageResult.view("web/confirm", "Close the previous plan?")
        .section(Section.INSPECTIONS)
        .with("confirm", confirm);
  }

  private PageResult.View page(ComparisonView c, Long formOf, Form form) {
    Set<String> emails = new HashSet<>();
    c.recommendations().forEach(r -> emails.add(r.recordedBy()));
    return PageResult.view("reinspection/comparison", "Compared with the previous inspection")
        .form(form)
        .with("c", c)
        .with("formOf", formOf)
        .with(
            "outcomes",
            java.util.Arrays.stream(Outcome.values())
                .map(o -> new Choice(o.name(), o.label()))
                .toList())
        .with("names", people.of(emails))
        .with(
            "mayClose",
            c.canJudge()
                && c.previousPlan() != null
                && c.previousPlan().status() != PlanStatus.CLOSED);
  }
}
