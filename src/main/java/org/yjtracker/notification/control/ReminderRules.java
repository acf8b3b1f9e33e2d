package org.yjtracker.notification.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.actionplan.boundary.PlanCommented;
import org.yjtracker.actionplan.boundary.PlanProgress.ActionReminder;
import org.yjtracker.actionplan.boundary.PlanProgress.PlanReminder;
import org.yjtracker.actionplan.boundary.PlanSubmitted;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.notification.entity.NotificationKind;

/**
 * What each person is to be told, from where actions and plans stand (found by the reminder run) or
 * from what just happened (a comment, a submission). Periods decide how often the same thing comes
 * again:
 *
 * <ul>
 *   <li>due soon: once per target date (moved, it comes again);
 *   <li>overdue and gone quiet: once a week while it lasts;
 *   <li>a plan waiting for endorsement or submission: once a week per stage;
 *   <li>a comment: once; a submission: once per day it was submitted.
 * </ul>
 */
public final class ReminderRules {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReminderRules() {}

  /** The reminders of every action and plan that needs someone today. */
  public static List<Reminder> found(
      Collection<ActionReminder> actions,
      Collection<PlanReminder> plans,
      Responsible responsible,
      LocalDate today) {
    String week = Periods.week(today);
    List<Reminder> reminders = new ArrayList<>();
    for (ActionReminder a : actions) {
      Set<ActiveAccount> people =
          responsible.forAction(a.leadOrganisationId(), a.serviceId(), a.boardId());
      String item = "action:" + a.actionId();
      String link = "/actions/" + a.actionId();
      for (ActiveAccount person : people) {
        if (a.flags().overdue()) {
          long late = -a.flags().daysToTarget();
          reminders.add(
              new Reminder(
                  person.id(),
                  NotificationKind.OVERDUE,
                  item,
                  week,
                  a.title(),
                  a.serviceName()
                      + ": overdue by "
                      + days(late)
                      + " (target date "
                      + DAY.format(a.targetDate())
                      + ")",
                  link));
        } else if (a.flags().dueSoon()) {
          long left = a.flags().daysToTarget();
          reminders.add(
              new Reminder(
                  person.id(),
                  NotificationKind.DUE_SOON,
                  item,
                  a.targetDate().toString(),
                  a.title(),
                  a.serviceName()
                      + ": due "
                      + (left == 0 ? "today" : "in " + days(left))
                      + " ("
                      + DAY.format(a.targetDate())
                      + ")",
                  link));
        }
        if (a.flags().stale()) {
          reminders.add(
              new Reminder(
                  person.id(),
                  NotificationKind.STALE,
                  item,
                  week,
                  a.title(),
                  a.serviceName()
                      + ": no update since "
                      + DAY.format(a.lastActivity())
                      + " ("
                      + days(java.time.temporal.ChronoUnit.DAYS.between(a.lastActivity(), today))
                      + ")",
                  link));
        }
      }
    }
    for (PlanReminder p : plans) {
      boolean draft = p.status() == PlanStatus.DRAFT;
      long left = java.time.temporal.ChronoUnit.DAYS.between(today, p.dueDate());
      String due =
          left < 0
              ? "was due " + DAY.format(p.dueDate()) + ", " + days(-left) + " ago"
              : left == 0 ? "is due today" : "is due " + DAY.format(p.dueDate());
      for (ActiveAccount person : responsible.forPlan(p.serviceId(), p.boardId())) {
        reminders.add(
            new Reminder(
                person.id(),
                NotificationKind.PLAN_DUE,
                "plan:" + p.planId() + ":" + p.status(),
                week,
                p.serviceName()
                    + "'s improvement plan waits for "
                    + (draft ? "the board's endorsement" : "submission to the inspectorate"),
                "The plan " + due,
                "/plans/" + p.planId()));
      }
    }
    return reminders;
  }

  /** Names a summary line gives before "and N more". */
  static final int NAMED = 5;

  /**
   * The inspectorate's weekly line on late plans (the national dashboard's "late" list: past the
   * due date and not submitted, started or not): one reminder each, none when no plan is late.
   *
   * @param services the late services' names, most late first
   */
  public static List<Reminder> latePlans(
      List<String> services, Responsible responsible, LocalDate today) {
    if (services.isEmpty()) {
      return List.of();
    }
    String title =
        services.size() == 1
            ? "1 service's improvement plan is late"
            : services.size() + " services' improvement plans are late";
    String named = String.join(", ", services.subList(0, Math.min(NAMED, services.size())));
    String detail =
        services.size() > NAMED ? named + " and " + (services.size() - NAMED) + " more" : named;
    return responsible.inspectorate().stream()
        .map(
            p ->
                new Reminder(
                    p.id(),
                    NotificationKind.LATE_PLANS,
                    "late-plans",
                    Periods.week(today),
                    title,
                    detail,
                    "/dashboard?late=true"))
        .toList();
  }

  /**
   * A comment on a plan: from the inspectorate, to the service's leads and board members; from the
   * service, to whoever of the inspectorate commented on the plan before. Never to its author.
   */
  public static List<Reminder> commented(PlanCommented comment, Responsible responsible) {
    Set<ActiveAccount> people =
        comment.inspectorate()
            ? responsible.forPlan(comment.serviceId(), comment.boardId())
            : responsible.withEmails(comment.inspectorateCommenters());
    String title =
        comment.inspectorate()
            ? "The inspectorate commented on " + comment.serviceName() + "'s improvement plan"
            : comment.serviceName() + " commented on its improvement plan";
    return people.stream()
        .filter(p -> !p.email().equalsIgnoreCase(comment.author()))
        .map(
            p ->
                new Reminder(
                    p.id(),
                    NotificationKind.COMMENT,
                    "comment:" + comment.commentId(),
                    Reminder.ONCE,
                    title,
                    null,
                    "/plans/" + comment.planId() + "#comments"))
        .toList();
  }

  /** A plan submitted: to everyone of the inspectorate. */
  public static List<Reminder> submitted(
      PlanSubmitted submission, Responsible responsible, LocalDate today) {
    String title =
        submission.serviceName()
            + " submitted its improvement plan"
            + (submission.late() ? " late" : "");
    String detail = "Due " + DAY.format(submission.dueDate()) + "; submitted " + DAY.format(today);
    return responsible.inspectorate().stream()
        .filter(p -> !p.email().equalsIgnoreCase(submission.submittedBy()))
        .map(
            p ->
                new Reminder(
                    p.id(),
                    NotificationKind.PLAN_SUBMITTED,
                    "plan:" + submission.planId(),
                    today.toString(),
                    title,
                    detail,
                    "/plans/" + submission.planId()))
        .toList();
  }

  static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
