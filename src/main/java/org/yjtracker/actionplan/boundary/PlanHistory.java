package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.PlanProgress.StatusEntry;
import org.yjtracker.actionplan.control.PlanReport;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * The dated status history of a plan as a caller may read it. Whoever sees the whole plan (the
 * service, its board, the inspectorate) reads every entry with who made it. A partner reads what
 * the plan page shows it: the entries of the actions it leads, as their own pages give them, and
 * the entries of the plan's recommendations without who made them (whose status and reasons the
 * plan page shows it anyway, but not the names of the service's or the inspectorate's people).
 */
@ApplicationScoped
@Transactional
public class PlanHistory {

  @Inject ActionPlans plans;
  @Inject PlanAccess access;
  @Inject PlanProgress progress;

  /**
   * @param recommendationId only that recommendation's entries, if given
   * @param actionId only that action's entries, if given
   */
  public List<StatusChangeView> of(
      Caller caller, long planId, Long recommendationId, Long actionId) {
    if (recommendationId != null && actionId != null) {
      throw new InvalidInputException(
          "actionId", "Ask for one recommendation's or one action's history, not both");
    }
    ActionPlan plan = plans.plan(caller, planId);
    List<StatusChangeView> entries =
        visible(
            plans.view(caller, plan), progress.history(planId), access.seesWholePlan(caller, plan));
    return entries.stream()
        .filter(e -> recommendationId == null || recommendationId.equals(e.recommendationId()))
        .filter(e -> actionId == null || actionId.equals(e.actionId()))
        .toList();
  }

  /** The history of the plan the caller reads as {@code view}, oldest first. */
  List<StatusChangeView> of(Caller caller, PlanView view) {
    ActionPlan plan = plans.plan(caller, view.id());
    return visible(view, progress.history(view.id()), access.seesWholePlan(caller, plan));
  }

  /**
   * The entries the caller reads: an action's only if the view shows the action, a recommendation's
   * always; who made a recommendation's only for who sees the whole plan.
   *
   * @param view the plan as the caller sees it (a partner's holds only the actions it leads)
   */
  static List<StatusChangeView> visible(
      PlanView view, List<StatusEntry> entries, boolean wholePlan) {
    Map<Long, String> actions = new HashMap<>();
    actionsOf(view).forEach(a -> actions.put(a.id(), "Action: " + a.title()));
    Map<Long, String> recommendations = new HashMap<>();
    view.recommendations()
        .forEach(r -> recommendations.put(r.id(), "Recommendation " + r.number()));
    view.carried()
        .forEach(
            c ->
                recommendations.put(
                    c.id(),
                    "Recommendation "
                        + c.number()
                        + " of "
                        + PlanReport.readable(c.fromPublished())
                        + " (carried forward)"));
    return entries.stream()
        .filter(e -> e.actionId() == null || wholePlan || actions.containsKey(e.actionId()))
        .map(
            e ->
                e.actionId() != null
                    ? view(e, e.by(), actions.getOrDefault(e.actionId(), "An action"))
                    : view(
                        e,
                        wholePlan ? e.by() : null,
                        recommendations.getOrDefault(
                            e.recommendationId(), "A recommendation no longer in this plan")))
        .toList();
  }

  private static Stream<ActionView> actionsOf(PlanView view) {
    return Stream.of(
            view.recommendations().stream().flatMap(r -> r.actions().stream()),
            view.carried().stream().flatMap(c -> c.actions().stream()),
            view.otherActions().stream())
        .flatMap(s -> s);
  }

  private static StatusChangeView view(StatusEntry e, String by, String subject) {
    return new StatusChangeView(
        e.at(), by, e.actionId(), e.recommendationId(), subject, e.from(), e.to(), e.reason());
  }
}
