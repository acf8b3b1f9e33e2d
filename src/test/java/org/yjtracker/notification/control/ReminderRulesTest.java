package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.access.entity.ActiveAccount;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.boundary.PlanCommented;
import org.yjtracker.actionplan.boundary.PlanProgress.ActionReminder;
import org.yjtracker.actionplan.boundary.PlanProgress.PlanReminder;
import org.yjtracker.actionplan.boundary.PlanSubmitted;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.notification.entity.NotificationKind;

/** N1: who is told of what, with which period (how often the same thing may come again). */
class ReminderRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 9); // a Wednesday, ISO week 50
  static final long SERVICE = 10;
  static final long BOARD = 11;
  static final long POLICE = 20;

  static final ActiveAccount LEAD =
      new ActiveAccount(1, "lead@x", "Lead", Set.of(Role.SERVICE_LEAD), Set.of(SERVICE));
  static final ActiveAccount BOARD_MEMBER =
      new ActiveAccount(2, "board@x", "Board", Set.of(Role.BOARD_MEMBER), Set.of(BOARD));
  static final ActiveAccount OFFICER =
      new ActiveAccount(3, "police@x", "Officer", Set.of(Role.PARTNER), Set.of(POLICE));
  static final ActiveAccount INSPECTOR =
      new ActiveAccount(4, "inspector@x", "Inspector", Set.of(Role.INSPECTOR), Set.of());
  static final ActiveAccount OTHER_PARTNER =
      new ActiveAccount(5, "health@x", "Nurse", Set.of(Role.PARTNER), Set.of(99L));
  static final ActiveAccount VIEWER =
      new ActiveAccount(6, "viewer@x", "Viewer", Set.of(Role.VIEWER), Set.of(SERVICE));

  static final Responsible PEOPLE =
      new Responsible(List.of(LEAD, BOARD_MEMBER, OFFICER, INSPECTOR, OTHER_PARTNER, VIEWER));

  static ActionReminder action(long id, LocalDate target, LocalDate lastActivity, ActionFlags f) {
    return new ActionReminder(
        id, 7, SERVICE, BOARD, "Bexley YJS", POLICE, "Train officers", target, lastActivity, f);
  }

  @Test
  void anOverduePoliceActionGoesToThePoliceAndTheServicesLeadAndBoardOnceAWeek() {
    var overdue = new ActionFlags(true, false, false, -12L, null);
    List<Reminder> found =
        ReminderRules.found(
            List.of(action(5, TODAY.minusDays(12), TODAY, overdue)), List.of(), PEOPLE, TODAY);
    assertEquals(
        Set.of(1L, 2L, 3L), found.stream().map(Reminder::accountId).collect(toSet()), "who");
    Reminder r = found.get(0);
    assertEquals(NotificationKind.OVERDUE, r.kind());
    assertEquals("action:5", r.itemKey());
    assertEquals("2026-W50", r.period());
    assertEquals("/actions/5", r.link());
    assertEquals("Train officers", r.title());
    assertEquals("Bexley YJS: overdue by 12 days (target date 27 November 2026)", r.detail());
  }

  @Test
  void dueSoonComesOncePerTargetDate() {
    var soon = new ActionFlags(false, true, false, 5L, null);
    Reminder r =
        ReminderRules.found(
                List.of(action(5, TODAY.plusDays(5), TODAY, soon)), List.of(), PEOPLE, TODAY)
            .get(0);
    assertEquals(NotificationKind.DUE_SOON, r.kind());
    assertEquals("2026-12-14", r.period());
    assertEquals("Bexley YJS: due in 5 days (14 December 2026)", r.detail());
  }

  @Test
  void aQuietOverdueActionGivesBothReminders() {
    var both = new ActionFlags(true, false, true, -1L, null);
    List<Reminder> found =
        ReminderRules.found(
            List.of(action(5, TODAY.minusDays(1), TODAY.minusDays(40), both)),
            List.of(),
            new Responsible(List.of(OFFICER)),
            TODAY);
    assertEquals(
        List.of(NotificationKind.OVERDUE, NotificationKind.STALE),
        found.stream().map(Reminder::kind).toList());
    assertEquals("Bexley YJS: no update since 30 October 2026 (40 days)", found.get(1).detail());
  }

  @Test
  void aDraftPlanPastItsDueDateAsksLeadAndBoardForEndorsementWeeklyPerStage() {
    var draft =
        new PlanReminder(7, SERVICE, BOARD, "Bexley YJS", PlanStatus.DRAFT, TODAY.minusDays(3));
    List<Reminder> found = ReminderRules.found(List.of(), List.of(draft), PEOPLE, TODAY);
    assertEquals(Set.of(1L, 2L), found.stream().map(Reminder::accountId).collect(toSet()));
    Reminder r = found.get(0);
    assertEquals(NotificationKind.PLAN_DUE, r.kind());
    assertEquals("plan:7:DRAFT", r.itemKey());
    assertEquals("2026-W50", r.period());
    assertEquals("Bexley YJS's improvement plan waits for the board's endorsement", r.title());
    assertEquals("The plan was due 6 December 2026, 3 days ago", r.detail());
    assertEquals("/plans/7", r.link());
  }

  @Test
  void anInspectorsCommentGoesToTheServiceAndTheServicesAnswerToEarlierCommenters() {
    var fromInspectorate =
        new PlanCommented(7, 40, "inspector@x", true, SERVICE, BOARD, "Bexley YJS", Set.of());
    List<Reminder> toService = ReminderRules.commented(fromInspectorate, PEOPLE);
    assertEquals(Set.of(1L, 2L), toService.stream().map(Reminder::accountId).collect(toSet()));
    assertEquals("comment:40", toService.get(0).itemKey());
    assertEquals(Reminder.ONCE, toService.get(0).period());
    assertEquals("/plans/7#comments", toService.get(0).link());

    var answer =
        new PlanCommented(
            7, 41, "lead@x", false, SERVICE, BOARD, "Bexley YJS", Set.of("INSPECTOR@x"));
    List<Reminder> toInspector = ReminderRules.commented(answer, PEOPLE);
    assertEquals(List.of(4L), toInspector.stream().map(Reminder::accountId).toList());
    assertEquals("Bexley YJS commented on its improvement plan", toInspector.get(0).title());
  }

  @Test
  void theAuthorOfACommentIsNotToldOfIt() {
    var byBoard = new PlanCommented(7, 42, "board@x", true, SERVICE, BOARD, "Bexley YJS", Set.of());
    assertTrue(
        ReminderRules.commented(byBoard, PEOPLE).stream().noneMatch(r -> r.accountId() == 2));
  }

  @Test
  void aSubmissionGoesToTheInspectorate() {
    var late = new PlanSubmitted(7, "Bexley YJS", "lead@x", TODAY.minusDays(2), true);
    List<Reminder> found = ReminderRules.submitted(late, PEOPLE, TODAY);
    assertEquals(List.of(4L), found.stream().map(Reminder::accountId).toList());
    assertEquals("Bexley YJS submitted its improvement plan late", found.get(0).title());
    assertEquals("Due 7 December 2026; submitted 9 December 2026", found.get(0).detail());
    assertEquals("2026-12-09", found.get(0).period());
  }

  @Test
  void theInspectorateGetsOneWeeklyLineOnLatePlansNamingTheFirstFive() {
    List<Reminder> found =
        ReminderRules.latePlans(
            List.of("A YJS", "B YJS", "C YJS", "D YJS", "E YJS", "F YJS", "G YJS"), PEOPLE, TODAY);
    assertEquals(List.of(4L), found.stream().map(Reminder::accountId).toList());
    Reminder r = found.get(0);
    assertEquals(NotificationKind.LATE_PLANS, r.kind());
    assertEquals("late-plans", r.itemKey());
    assertEquals("2026-W50", r.period());
    assertEquals("7 services' improvement plans are late", r.title());
    assertEquals("A YJS, B YJS, C YJS, D YJS, E YJS and 2 more", r.detail());
    assertEquals("/dashboard?late=true", r.link());
    assertEquals(
        "1 service's improvement plan is late",
        ReminderRules.latePlans(List.of("A YJS"), PEOPLE, TODAY).get(0).title());
    assertEquals(List.of(), ReminderRules.latePlans(List.of(), PEOPLE, TODAY));
  }

  @Test
  void periodsAreIsoWeeksAcrossTheYearsEnd() {
    assertEquals("2026-W53", Periods.week(LocalDate.of(2027, 1, 1)));
    assertEquals("2027-W01", Periods.week(LocalDate.of(2027, 1, 4)));
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return java.util.stream.Collectors.toSet();
  }
}
