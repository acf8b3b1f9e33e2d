package org.yjtracker.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.demo.control.ActionCourse.Kind;

/**
 * The demo plans' actions are counted back from the load day, so the start pages flag the same
 * actions whichever day the demo loads, by the same rules actionplan flags real actions with.
 */
class DemoPlansTest {

  static final long BOARD = 1;
  static final long SERVICE = 2;
  static final long PARTNER = 3;

  /** Bexley's five recommendations: two to the board, two to the service, one to the police. */
  static final List<Long> BEXLEY = List.of(BOARD, BOARD, SERVICE, SERVICE, PARTNER);

  /** A month after the Bexley report's publication. */
  static final LocalDate WRITTEN = LocalDate.of(2024, 8, 1);

  @Test
  void everyThirdStallsAndTheLastOfEachDemoLeadIsDueSoonTheRestWereCompleted() {
    var courses =
        DemoPlans.activeCourses(
            BEXLEY,
            Set.of(SERVICE, PARTNER),
            WRITTEN,
            LocalDate.of(2026, 12, 6),
            ProgressSettings.DEFAULT);
    assertEquals(
        List.of(Kind.COMPLETED, Kind.COMPLETED, Kind.STALLED, Kind.DUE_SOON, Kind.DUE_SOON),
        courses.stream().map(ActionCourse::kind).toList());
  }

  @ParameterizedTest(name = "settings {0}, {1}, {2}")
  @CsvSource({"56, 14, 30", "56, 7, 10", "28, 0, 1", "90, 30, 90"})
  void everyLoadDayFlagsTheSameActions(int dueDays, int dueSoonDays, int staleDays) {
    var settings = new ProgressSettings(dueDays, dueSoonDays, staleDays);
    for (LocalDate today = LocalDate.of(2025, 12, 1);
        today.isBefore(LocalDate.of(2028, 12, 1));
        today = today.plusDays(7)) {
      var courses =
          DemoPlans.activeCourses(BEXLEY, Set.of(SERVICE, PARTNER), WRITTEN, today, settings);
      for (ActionCourse course : courses) {
        ActionFlags flags = flags(course, today, settings);
        LocalDate day = today;
        Supplier<String> what = () -> course.kind() + " on " + day + ": " + flags;
        switch (course.kind()) {
          case COMPLETED -> assertEquals(100, last(course).percent(), what);
          case STALLED -> assertTrue(flags.overdue() && flags.stale() && !flags.dueSoon(), what);
          case DUE_SOON -> assertTrue(flags.dueSoon() && !flags.overdue() && !flags.stale(), what);
          case PLANNED -> throw new AssertionError(what.get());
        }
        assertUpdatesBetweenWritingAndToday(course, WRITTEN, today);
      }
    }
  }

  @Test
  void completedActionsFinishedMonthsAgoTheEarlierOnesEarlier() {
    LocalDate today = LocalDate.of(2026, 12, 6);
    var courses =
        DemoPlans.activeCourses(BEXLEY, Set.of(), WRITTEN, today, ProgressSettings.DEFAULT);
    assertEquals(LocalDate.of(2026, 1, 6), last(courses.get(0)).day());
    assertEquals(LocalDate.of(2026, 3, 6), last(courses.get(1)).day());
    assertEquals(LocalDate.of(2026, 9, 6), last(courses.get(4)).day(), "3 months ago");
    for (ActionCourse course : List.of(courses.get(0), courses.get(1), courses.get(3))) {
      assertTrue(course.target().isAfter(last(course).day()), "finished before its target");
    }
  }

  @Test
  void aDraftsActionsAreDueMonthsAheadAndNotQuiet() {
    LocalDate today = LocalDate.of(2026, 12, 6);
    for (int nth = 0; nth < 9; nth++) {
      var course = ActionCourse.planned(today, nth);
      assertTrue(course.updates().isEmpty());
      var flags =
          ActionFlags.of(
              ActionStatus.NOT_STARTED,
              null,
              course.target(),
              today.minusDays(14),
              null,
              today,
              ProgressSettings.DEFAULT);
      assertFalse(flags.overdue() || flags.dueSoon() || flags.stale(), flags::toString);
    }
  }

  private static ActionFlags flags(ActionCourse course, LocalDate today, ProgressSettings s) {
    boolean done = course.kind() == Kind.COMPLETED;
    LocalDate lastActivity = course.updates().isEmpty() ? WRITTEN : last(course).day();
    return ActionFlags.of(
        done ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS,
        WRITTEN,
        course.target(),
        lastActivity,
        course.updates().isEmpty() ? null : last(course).percent(),
        today,
        s);
  }

  private static void assertUpdatesBetweenWritingAndToday(
      ActionCourse course, LocalDate written, LocalDate today) {
    LocalDate before = written;
    for (ActionCourse.Update update : course.updates()) {
      assertTrue(update.day().isAfter(before), course::toString);
      assertFalse(update.day().isAfter(today), course::toString);
      before = update.day();
    }
  }

  private static ActionCourse.Update last(ActionCourse course) {
    return course.updates().get(course.updates().size() - 1);
  }
}
