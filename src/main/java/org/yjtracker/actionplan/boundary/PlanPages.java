package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yjtracker.access.boundary.PeopleNames;
import org.yjtracker.actionplan.control.PlanChanges;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.DateInput;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * The improvement plan's page: a summary first (where its recommendations and actions stand, what
 * is overdue, whether the plan is late), then each recommendation with its answer, status, history
 * and actions; the carried recommendations, other actions, the plan's history and its comments.
 * Every change is a small form posted back here; a refused one shows the plan again with that
 * form's errors.
 */
@ApplicationScoped
public class PlanPages implements PageRoutes {

  @Inject ActionPlans plans;
  @Inject PlanHistory history;
  @Inject PlanChangesSince changesSince;
  @Inject PeopleNames people;
  @Inject Clock clock;

  /** Where the plan's actions and recommendations stand, counted for the summary. */
  public record Summary(
      Map<RecommendationStatus, Integer> recommendations,
      Map<ActionStatus, Integer> actions,
      List<ActionView> overdue,
      List<ActionView> stale,
      int actionCount) {}

  @Override
  public void register(Routes routes) {
    routes
        .get("/plans/{id}", Section.PLANS, this::show)
        .post("/plans/{id}/endorse", Section.PLANS, this::endorse)
        .post("/plans/{id}/submit", Section.PLANS, this::submit)
        .post("/plans/{id}/comments", Section.PLANS, this::comment)
        .post("/plans/{id}/recommendations/{rec}/response", Section.PLANS, this::respond)
        .post("/plans/{id}/recommendations/{rec}/status", Section.PLANS, this::status)
        .post(
            "/inspections/{id}/plan",
            Section.PLANS,
            this::start,
            org.yjtracker.access.entity.Role.SERVICE_LEAD,
            org.yjtracker.access.entity.Role.BOARD_MEMBER);
  }

  /**
   * The plan; with a day in the "Changes since" form (a GET, so the address keeps it), what changed
   * since that day too. A day that is not a real date, or after today, is the form's error (400).
   */
  PageResult show(PageContext request) {
    PlanView plan = plans.find(request.caller(), request.id());
    Form asked = request.form();
    List<FieldError> errors = new ArrayList<>();
    LocalDate since = DateInput.read(asked, PlanChangesSince.FIELD, "The date", errors);
    PlanChanges changed = null;
    if (since != null) {
      try {
        changed = changesSince.of(plan, PlanChangesSince.requireSensible(since));
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    for (String part : List.of("-day", "-month", "-year")) {
      String value = asked.value(PlanChangesSince.FIELD + part);
      shown.put(PlanChangesSince.FIELD + part, value.length() > 4 ? value.substring(0, 4) : value);
    }
    Form form =
        Form.of(shown)
            .withErrors(errors)
            .anchor(PlanChangesSince.FIELD, PlanChangesSince.FIELD + "-day");
    return page(request, plan, errors.isEmpty() ? null : PlanChangesSince.FIELD, form, changed);
  }

  /** Starts the plan of a published inspection; a refusal is the error page (nothing to keep). */
  PageResult start(PageContext request) {
    PlanView plan = plans.start(request.caller(), request.id());
    return PageResult.redirect("/plans/" + plan.id(), "The improvement plan has been started");
  }

  PageResult endorse(PageContext request) {
    try {
      plans.endorse(request.caller(), request.id(), version(request));
    } catch (RuntimeException e) {
      return again(request, "plan", request.form().withErrors(FormErrors.from(e)));
    }
    return PageResult.redirect("/plans/" + request.id(), "The plan has been endorsed");
  }

  PageResult submit(PageContext request) {
    try {
      plans.submit(request.caller(), request.id(), version(request));
    } catch (RuntimeException e) {
      return again(request, "plan", request.form().withErrors(FormErrors.from(e)));
    }
    return PageResult.redirect(
        "/plans/" + request.id(), "The plan has been submitted to the inspectorate");
  }

  PageResult comment(PageContext request) {
    try {
      plans.comment(request.caller(), request.id(), request.param("text"));
    } catch (RuntimeException e) {
      return again(request, "comment", request.form().withErrors(FormErrors.from(e)));
    }
    return PageResult.redirect(
        "/plans/" + request.id() + "#comments", "Your comment has been added");
  }

  PageResult respond(PageContext request) {
    long rec = request.id("rec");
    Form form = request.form();
    ResponseInput input = new ResponseInput();
    input.acceptance = blankToNull(form.value("acceptance"));
    input.reason = form.value("reason").strip();
    input.leadOwnerId = form.whole("leadOwnerId");
    input.version = form.whole("version");
    return saveResponse(request, rec, "response-" + rec, form, input, "Your answer has been saved");
  }

  PageResult status(PageContext request) {
    long rec = request.id("rec");
    Form form = request.form();
    ResponseInput input = new ResponseInput();
    input.status = form.value("status");
    input.reason = form.value("reason").strip();
    return saveResponse(request, rec, "status-" + rec, form, input, "The status has been saved");
  }

  private PageResult saveResponse(
      PageContext request,
      long rec,
      String formKey,
      Form form,
      ResponseInput input,
      String message) {
    PlanView plan = plans.find(request.caller(), request.id());
    if (Stream.concat(
            plan.recommendations().stream().map(PlanView.RecommendationPlan::id),
            plan.carried().stream().map(PlanView.CarriedPlan::id))
        .noneMatch(id -> id == rec)) {
      throw new jakarta.ws.rs.NotFoundException("No recommendation " + rec + " in this plan");
    }
    try {
      plans.respond(request.caller(), rec, input);
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      return page(
          request, plans.find(request.caller(), request.id()), formKey, form.withErrors(errors));
    }
    return PageResult.redirect("/plans/" + request.id() + "#recommendation-" + rec, message);
  }

  private PageResult again(PageContext request, String formKey, Form form) {
    return page(request, plans.find(request.caller(), request.id()), formKey, form);
  }

  private PageResult.View page(PageContext request, PlanView plan, String formKey, Form form) {
    return page(request, plan, formKey, form, null);
  }

  private PageResult.View page(
      PageContext request, PlanView plan, String formKey, Form form, PlanChanges changed) {
    List<StatusChangeView> changes = history.of(request.caller(), plan.id(), null, null);
    Set<String> emails = new HashSet<>();
    if (changed != null) {
      changed.retargeted().forEach(t -> emails.add(t.by()));
      changed.updates().forEach(u -> emails.add(u.by()));
    }
    emails.add(plan.endorsedBy());
    emails.add(plan.submittedBy());
    plan.comments().forEach(c -> emails.add(c.author()));
    changes.forEach(c -> emails.add(c.by()));
    return PageResult.view("actionplan/plan", plan.service() + " improvement plan")
        .form(form)
        .with("formKey", formKey)
        .with("plan", plan)
        .with("summary", summary(plan))
        .with("changes", changes)
        .with("changesSince", changed)
        .with("names", people.of(emails))
        .with("today", LocalDate.now(clock))
        .with(
            "admin",
            request.caller().hasAnyRole(org.yjtracker.access.entity.Role.INSPECTORATE_ADMIN));
  }

  /** The plan's figures as its views give them, counted once for the top of the page. */
  static Summary summary(PlanView plan) {
    Map<RecommendationStatus, Integer> recs = new EnumMap<>(RecommendationStatus.class);
    for (RecommendationStatus s : RecommendationStatus.values()) {
      recs.put(s, 0);
    }
    plan.recommendations().forEach(r -> recs.merge(r.status(), 1, Integer::sum));
    plan.carried().forEach(r -> recs.merge(r.status(), 1, Integer::sum));
    Map<Long, ActionView> all = new LinkedHashMap<>();
    plan.recommendations().forEach(r -> r.actions().forEach(a -> all.put(a.id(), a)));
    plan.carried().forEach(r -> r.actions().forEach(a -> all.put(a.id(), a)));
    plan.otherActions().forEach(a -> all.put(a.id(), a));
    Map<ActionStatus, Integer> actions = new EnumMap<>(ActionStatus.class);
    for (ActionStatus s : ActionStatus.values()) {
      actions.put(s, 0);
    }
    List<ActionView> overdue = new ArrayList<>();
    List<ActionView> stale = new ArrayList<>();
    for (ActionView a : all.values()) {
      actions.merge(a.status(), 1, Integer::sum);
      if (a.flags() != null && a.flags().overdue()) {
        overdue.add(a);
      } else if (a.flags() != null && a.flags().stale()) {
        stale.add(a);
      }
    }
    return new Summary(recs, actions, overdue, stale, all.size());
  }

  private static Long version(PageContext request) {
    return Form.wholeOf(request.param("version"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
