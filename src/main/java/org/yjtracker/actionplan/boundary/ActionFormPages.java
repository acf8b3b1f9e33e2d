package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationQuery;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.boundary.OrganisationView;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.DateInput;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Writing and changing an action: which recommendations it answers, who leads it, what will be
 * done, by when (GOV.UK date inputs) and its status. The same facade as the API decides what is
 * allowed; its errors show on their fields.
 */
@ApplicationScoped
public class ActionFormPages implements PageRoutes {

  /** Who writes a plan's actions: the service and its board (the facade checks which plan). */
  private static final Role[] WRITERS = {Role.SERVICE_LEAD, Role.BOARD_MEMBER};

  /** Partners also change the actions their organisation leads. */
  private static final Role[] EDITORS = {Role.SERVICE_LEAD, Role.BOARD_MEMBER, Role.PARTNER};

  @Inject PlanActions actions;
  @Inject ActionPlans plans;
  @Inject OrganisationDirectory directory;
  @Inject jakarta.validation.Validator validator;

  @Override
  public void register(Routes routes) {
    routes
        .get("/plans/{id}/actions/new", Section.PLANS, this::blank, WRITERS)
        .post("/plans/{id}/actions", Section.PLANS, this::add, WRITERS)
        .get("/actions/{id}/edit", Section.PLANS, this::edit, EDITORS)
        .post("/actions/{id}", Section.PLANS, this::change, EDITORS);
  }

  PageResult blank(PageContext request) {
    PlanView plan = plans.find(request.caller(), request.id());
    Map<String, Object> fields = new LinkedHashMap<>();
    String wanted = request.param("recommendation");
    if (wanted.matches("[1-9][0-9]{0,17}")) {
      fields.put("recommendationIds", List.of(wanted));
    }
    fields.put("status", ActionStatus.NOT_STARTED.name());
    return form(request, plan, null, Form.of(fields));
  }

  PageResult add(PageContext request) {
    PlanView plan = plans.find(request.caller(), request.id());
    return save(
        request,
        plan,
        null,
        input ->
            PageResult.redirect(
                where(actions.add(request.caller(), plan.id(), input)),
                "The action has been added"));
  }

  PageResult edit(PageContext request) {
    ActionView action = actions.find(request.caller(), request.id());
    PlanView plan = plans.find(request.caller(), action.planId());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("recommendationIds", action.recommendationIds());
    fields.put("areaForImprovement", action.areaForImprovement());
    fields.put(
        "leadOrganisationId",
        action.leadOrganisation() == null ? null : action.leadOrganisation().id());
    fields.put("leadPerson", action.leadPerson());
    fields.put("title", action.title());
    fields.put("description", action.description());
    fields.put("successMeasure", action.successMeasure());
    DateInput.put(fields, "startDate", action.startDate());
    DateInput.put(fields, "targetDate", action.targetDate());
    fields.put("status", action.status().name());
    fields.put("statusReason", action.statusReason());
    fields.put("version", action.version());
    return form(request, plan, action, Form.of(fields));
  }

  PageResult change(PageContext request) {
    ActionView action = actions.find(request.caller(), request.id());
    PlanView plan = plans.find(request.caller(), action.planId());
    return save(
        request,
        plan,
        action,
        input -> {
          actions.change(request.caller(), action.id(), input);
          return PageResult.redirect("/actions/" + action.id(), "The action has been changed");
        });
  }

  /**
   * Reads the form and hands it to {@code saving}; what the page itself could not read (a date that
   * is not one) is shown with every other error bean validation finds, and the facade's refusals on
   * their fields.
   */
  private PageResult save(
      PageContext request,
      PlanView plan,
      ActionView action,
      java.util.function.Function<ActionInput, PageResult> saving) {
    Form form = request.form();
    List<FieldError> errors = new ArrayList<>();
    ActionInput input = input(form, errors);
    if (!errors.isEmpty()) {
      errors.addAll(FormErrors.violations(validator, input));
    } else {
      try {
        return saving.apply(input);
      } catch (RuntimeException e) {
        errors.addAll(FormErrors.from(e));
      }
    }
    return form(request, plan, action, form.withErrors(errors));
  }

  private static ActionInput input(Form form, List<FieldError> errors) {
    ActionInput input = new ActionInput();
    input.recommendationIds =
        form.values("recommendationIds").stream()
            .filter(v -> v.matches("[1-9][0-9]{0,17}"))
            .map(Long::parseLong)
            .toList();
    input.areaForImprovement = blankToNull(form.value("areaForImprovement"));
    String lead = form.value("leadOrganisationId");
    input.leadOrganisationId = lead.matches("[1-9][0-9]{0,17}") ? Long.parseLong(lead) : null;
    input.leadPerson = blankToNull(form.value("leadPerson"));
    input.title = form.value("title").strip();
    input.description = form.value("description").strip();
    input.successMeasure = blankToNull(form.value("successMeasure"));
    var start = DateInput.read(form, "startDate", "Start date", errors);
    var target = DateInput.read(form, "targetDate", "Target date", errors);
    input.startDate = start == null ? null : start.toString();
    input.targetDate = target == null ? null : target.toString();
    input.targetDateReason = blankToNull(form.value("targetDateReason"));
    input.status = blankToNull(form.value("status"));
    input.statusReason = blankToNull(form.value("statusReason"));
    String version = form.value("version");
    input.version = version.matches("[0-9]{1,18}") ? Long.parseLong(version) : null;
    return input;
  }

  private PageResult form(PageContext request, PlanView plan, ActionView action, Form form) {
    form.anchor("startDate", "startDate-day")
        .anchor("targetDate", "targetDate-day")
        .anchor("recommendationIds", "recommendationIds");
    List<Choice> recommendations = new ArrayList<>();
    plan.recommendations()
        .forEach(
            r ->
                recommendations.add(
                    new Choice(
                        String.valueOf(r.id()),
                        "Recommendation " + r.number(),
                        shorten(r.text(), 160))));
    plan.carried()
        .forEach(
            r ->
                recommendations.add(
                    new Choice(
                        String.valueOf(r.id()),
                        "Recommendation "
                            + r.number()
                            + " of "
                            + org.yjtracker.web.control.Display.published(r.fromPublished())
                            + " (carried forward)",
                        shorten(r.text(), 160))));
    List<Choice> leads = new ArrayList<>();
    leads.add(new Choice("", "Choose an organisation"));
    if (plan.canEdit()) {
      for (OrganisationView o :
          directory
              .search(
                  request.caller(),
                  new OrganisationQuery(
                      null, null, null, plan.serviceId(), new PageRequest(1, PageRequest.MAX_SIZE)))
              .items()) {
        leads.add(new Choice(String.valueOf(o.id()), o.name()));
      }
    }
    OrganisationRef current = action == null ? null : action.leadOrganisation();
    if (current != null
        && leads.stream().noneMatch(c -> c.value().equals(String.valueOf(current.id())))) {
      leads.add(new Choice(String.valueOf(current.id()), current.name()));
    }
    List<Choice> statuses = new ArrayList<>();
    for (ActionStatus s : ActionStatus.values()) {
      statuses.add(new Choice(s.name(), s.label()));
    }
    boolean editing = action != null;
    return PageResult.view("actionplan/actionForm", editing ? "Change the action" : "Add an action")
        .form(form)
        .with("plan", plan)
        .with("action", action)
        .with("recommendations", recommendations)
        .with("leads", leads)
        .with("mayHandOver", plan.canEdit())
        .with("statuses", statuses)
        .with("target", editing ? "/actions/" + action.id() : "/plans/" + plan.id() + "/actions")
        .with("back", editing ? "/actions/" + action.id() : "/plans/" + plan.id());
  }

  private static String where(ActionView added) {
    return "/plans/"
        + added.planId()
        + (added.recommendationNumbers().isEmpty()
            ? "#other-actions-section"
            : "#recommendation-" + added.recommendationNumbers().get(0));
  }

  private static String shorten(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    int cut = text.lastIndexOf(' ', length);
    return text.substring(0, cut > 20 ? cut : length) + "…";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
