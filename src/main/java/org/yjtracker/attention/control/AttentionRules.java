package org.yjtracker.attention.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yjtracker.actionplan.boundary.ActionView;
import org.yjtracker.actionplan.boundary.ActionWords;
import org.yjtracker.actionplan.boundary.PlanView;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.attention.entity.AttentionItem;
import org.yjtracker.attention.entity.AttentionSection;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.web.control.Display;

/**
 * What the start page's sections hold, from what other components already keep: it selects and
 * says, it works nothing out again (an action's flags come with the action, a plan's lateness with
 * the plan). Every method takes how many items to show: {@link AttentionSection#SHOWN} on the start
 * page, all of them on a section's own list.
 */
public final class AttentionRules {

  /** The page listing a section of the start page whole. */
  public static final String LIST = "/start/";

  private AttentionRules() {}

  /** A recommendation addressed to one of the caller's organisations. */
  public record OwnedRecommendation(
      long id, int number, String heading, long inspectionId, String service) {}

  /**
   * R1: the caller's actions that {@code show} selects, in the order given (most urgent first).
   * Their list is {@code /my-actions?show=…}.
   */
  public static AttentionSection actions(
      ActionShow show, List<ActionView> mine, LocalDate today, int limit) {
    List<ActionView> selected = mine.stream().filter(a -> show.shows(a.flags())).toList();
    return section(
        show.param(),
        "action " + show.words(),
        "actions " + show.words(),
        "/my-actions?show=" + show.param(),
        show.nothing(),
        selected,
        limit,
        a ->
            new AttentionItem(
                ActionWords.title(a),
                a.service() + ": " + String.join(", ", ActionWords.attention(a)),
                "/actions/" + a.id()));
  }

  /** R1: recommendations addressed to the caller's organisations that no action answers. */
  public static AttentionSection unanswered(List<OwnedRecommendation> owned, int limit) {
    return section(
        "unanswered",
        "recommendation of yours with no action",
        "recommendations of yours with no action",
        LIST + "unanswered",
        "Every recommendation addressed to you has an action",
        owned,
        limit,
        r ->
            new AttentionItem(
                "Recommendation " + r.number() + ": " + r.heading(),
                r.service(),
                "/inspections/" + r.inspectionId() + "#recommendation-" + r.number()));
  }

  /** R2: the open plans of the caller's services, the nearest deadline first. */
  public static AttentionSection plans(List<PlanView> plans, LocalDate today, int limit) {
    return section(
        "plans",
        "open plan of your service",
        "open plans of your service",
        LIST + "plans",
        "Your service has no open plan",
        plans,
        limit,
        p -> new AttentionItem("Plan of " + p.service(), deadline(p, today), "/plans/" + p.id()));
  }

  /**
   * R2: the open plans that wait for the service: a draft to endorse, an endorsed one to submit.
   */
  public static AttentionSection waiting(List<PlanView> plans, LocalDate today, int limit) {
    return section(
        "waiting",
        "plan waiting for endorsement or submission",
        "plans waiting for endorsement or submission",
        LIST + "waiting",
        "No plan waits for endorsement or submission",
        plans.stream().filter(AttentionRules::waitsForService).toList(),
        limit,
        p ->
            new AttentionItem(
                "Plan of " + p.service(),
                (p.status() == PlanStatus.DRAFT ? "To endorse" : "To submit")
                    + "; "
                    + deadline(p, today),
                "/plans/" + p.id()));
  }

  static boolean waitsForService(PlanView plan) {
    return plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.ENDORSED;
  }

  /** "Draft, due 1 March 2027 (12 days late)". */
  static String deadline(PlanView plan, LocalDate today) {
    String stage = plan.stage() == null ? plan.status().name() : plan.stage().label();
    String due = plan.dueDate() == null ? "no due date" : "due " + Display.date(plan.dueDate());
    if (plan.late() && plan.daysLate() > 0) {
      due += " (" + Display.count(plan.daysLate(), "day", "days") + " late)";
    } else if (plan.dueDate() != null && plan.stage() != null && plan.stage().waiting()) {
      long days = ChronoUnit.DAYS.between(today, plan.dueDate());
      due += days == 0 ? " (today)" : " (in " + Display.count(days, "day", "days") + ")";
    }
    return stage + ", " + due;
  }

  /**
   * R3: the services whose plan is late, as the national dashboard's {@code late=true} filter
   * selects them ({@code late}), most days late first.
   */
  public static AttentionSection latePlans(List<ServiceRow> late, int limit) {
    return section(
        "late-plans",
        "late plan",
        "late plans",
        "/dashboard?late=true",
        "No plan is late",
        late.stream().sorted(ServiceRow.MOST_LATE_FIRST).toList(),
        limit,
        r ->
            new AttentionItem(
                r.service(),
                r.planStage().label() + ", " + Display.count(r.daysLate(), "day", "days") + " late",
                serviceHref(r)));
  }

  /** R3: plans the services submitted that the inspectorate has not yet made active. */
  public static AttentionSection review(List<ServiceRow> rows, int limit) {
    return section(
        "review",
        "plan waiting for review",
        "plans waiting for review",
        LIST + "review",
        "No plan waits for review",
        rows.stream()
            .filter(
                r ->
                    r.planStage() == PlanStage.SUBMITTED
                        || r.planStage() == PlanStage.SUBMITTED_LATE)
            .toList(),
        limit,
        r -> new AttentionItem(r.service(), r.planStage().label(), serviceHref(r)));
  }

  /**
   * R3: services whose open plan has had no update for {@code staleDays} or more across all its
   * actions ({@code lastActivity} by plan id), the quietest first.
   */
  public static AttentionSection quiet(
      List<ServiceRow> rows,
      Map<Long, LocalDate> lastActivity,
      LocalDate today,
      int staleDays,
      int limit) {
    Predicate<ServiceRow> quiet =
        r ->
            r.planId() != null
                && r.planStage() != PlanStage.CLOSED
                && lastActivity.containsKey(r.planId())
                && ChronoUnit.DAYS.between(lastActivity.get(r.planId()), today) >= staleDays;
    return section(
        "quiet",
        "service whose plan went quiet",
        "services whose plans went quiet",
        LIST + "quiet",
        "No plan has gone quiet",
        rows.stream()
            .filter(quiet)
            .sorted(
                Comparator.comparing((ServiceRow r) -> lastActivity.get(r.planId()))
                    .thenComparing(ServiceRow::service))
            .toList(),
        limit,
        r ->
            new AttentionItem(
                r.service(),
                "No update for "
                    + Display.count(
                        ChronoUnit.DAYS.between(lastActivity.get(r.planId()), today),
                        "day",
                        "days"),
                serviceHref(r)));
  }

  private static String serviceHref(ServiceRow row) {
    return row.planId() == null
        ? "/services/" + row.serviceId() + "/dashboard"
        : "/plans/" + row.planId();
  }

  private static <T> AttentionSection section(
      String id,
      String one,
      String many,
      String href,
      String nothing,
      List<T> all,
      int limit,
      Function<T, AttentionItem> item) {
    List<AttentionItem> items = new ArrayList<>();
    for (T t : all) {
      if (items.size() >= limit) {
        break;
      }
      items.add(item.apply(t));
    }
    String title = Character.toUpperCase(many.charAt(0)) + many.substring(1);
    return new AttentionSection(
        id, title, Display.count(all.size(), one, many), all.size(), href, nothing, items);
  }
}
