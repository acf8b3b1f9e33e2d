package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjtracker.actionplan.entity.ActionStatus.BLOCKED;
import static org.yjtracker.actionplan.entity.ActionStatus.CANCELLED;
import static org.yjtracker.actionplan.entity.ActionStatus.COMPLETE;
import static org.yjtracker.actionplan.entity.ActionStatus.IN_PROGRESS;
import static org.yjtracker.actionplan.entity.ActionStatus.NOT_STARTED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.Rag;

class ActionFlagsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final ProgressSettings DEFAULT = ProgressSettings.DEFAULT;

  static ActionFlags flags(
      ActionStatus status, LocalDate target, LocalDate lastActivity, Integer percent) {
    return ActionFlags.of(status, null, target, lastActivity, percent, TODAY, DEFAULT);
  }

  @Test
  void anOpenActionPastItsTargetIsOverdueAndRed() {
    ActionFlags flags = flags(IN_PROGRESS, TODAY.minusDays(1), TODAY, 50);
    assertTrue(flags.overdue());
    assertFalse(flags.dueSoon());
    assertEquals(-1L, flags.daysToTarget());
    assertEquals(Rag.RED, flags.suggestedRag());
  }

  @Test
  void dueTodayIsDueSoonNotOverdue() {
    ActionFlags flags = flags(IN_PROGRESS, TODAY, TODAY, 90);
    assertFalse(flags.overdue());
    assertTrue(flags.dueSoon());
    assertEquals(Rag.GREEN, flags.suggestedRag());
  }

  @Test
  void dueSoonCountsTheConfiguredDaysInclusive() {
    assertTrue(flags(IN_PROGRESS, TODAY.plusDays(14), TODAY, 10).dueSoon());
    assertFalse(flags(IN_PROGRESS, TODAY.plusDays(15), TODAY, 10).dueSoon());
    assertTrue(
        ActionFlags.of(
                IN_PROGRESS,
                null,
                TODAY.plusDays(20),
                TODAY,
                10,
                TODAY,
                new ProgressSettings(56, 30, 30))
            .dueSoon());
  }

  @Test
  void dueSoonAndNotNearlyDoneIsAmber() {
    assertEquals(Rag.AMBER, flags(IN_PROGRESS, TODAY.plusDays(3), TODAY, 74).suggestedRag());
    assertEquals(Rag.AMBER, flags(IN_PROGRESS, TODAY.plusDays(3), TODAY, null).suggestedRag());
    assertEquals(Rag.GREEN, flags(IN_PROGRESS, TODAY.plusDays(3), TODAY, 75).suggestedRag());
  }

  @Test
  void noUpdateForThirtyDaysIsStaleAndAmber() {
    assertFalse(flags(IN_PROGRESS, TODAY.plusDays(90), TODAY.minusDays(29), 20).stale());
    ActionFlags stale = flags(IN_PROGRESS, TODAY.plusDays(90), TODAY.minusDays(30), 20);
    assertTrue(stale.stale());
    assertEquals(Rag.AMBER, stale.suggestedRag());
  }

  @Test
  void finishedActionsRaiseNoFlags() {
    ActionFlags complete = flags(COMPLETE, TODAY.minusDays(40), TODAY.minusDays(60), 100);
    assertFalse(complete.overdue() || complete.stale() || complete.dueSoon());
    assertEquals(Rag.GREEN, complete.suggestedRag());
    ActionFlags cancelled = flags(CANCELLED, TODAY.minusDays(40), TODAY.minusDays(60), null);
    assertFalse(cancelled.overdue() || cancelled.stale());
    assertNull(cancelled.suggestedRag());
  }

  @Test
  void blockedIsRedWhateverTheDates() {
    assertEquals(Rag.RED, flags(BLOCKED, TODAY.plusDays(100), TODAY, 10).suggestedRag());
  }

  @Test
  void notStartedAfterItsStartDateIsAmber() {
    var late =
        ActionFlags.of(
            NOT_STARTED, TODAY.minusDays(1), TODAY.plusDays(60), TODAY, null, TODAY, DEFAULT);
    assertEquals(Rag.AMBER, late.suggestedRag());
    var early =
        ActionFlags.of(
            NOT_STARTED, TODAY.plusDays(1), TODAY.plusDays(60), TODAY, null, TODAY, DEFAULT);
    assertEquals(Rag.GREEN, early.suggestedRag());
  }

  @Test
  void withoutATargetDateNothingIsDue() {
    ActionFlags flags = flags(IN_PROGRESS, null, TODAY, 10);
    assertFalse(flags.overdue() || flags.dueSoon());
    assertNull(flags.daysToTarget());
  }
}
