package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;

class PlanStagesTest {

  static final LocalDate DUE = LocalDate.parse("2024-01-26");

  @Test
  void noPlanIsNotStarted() {
    assertEquals(PlanStage.NOT_STARTED, PlanStages.classify(null, null, null, DUE));
    assertFalse(PlanStages.late(null, null, DUE.plusDays(100)));
    assertEquals(0, PlanStages.daysLate(null, null, DUE.plusDays(100)));
  }

  @Test
  void eachStatusHasItsStage() {
    LocalDate today = DUE.minusDays(1);
    assertEquals(PlanStage.DRAFT, PlanStages.classify(PlanStatus.DRAFT, DUE, null, today));
    assertEquals(PlanStage.ENDORSED, PlanStages.classify(PlanStatus.ENDORSED, DUE, null, today));
    assertEquals(PlanStage.ACTIVE, PlanStages.classify(PlanStatus.ACTIVE, DUE, null, today));
    assertEquals(PlanStage.CLOSED, PlanStages.classify(PlanStatus.CLOSED, DUE, null, today));
  }

  @Test
  void aSubmissionOnTheDueDayIsOnTimeAndTheNextDayLateInUkTime() {
    // 23:30 UTC on 26 January is still the 26th in London (GMT).
    Instant lastMinute = Instant.parse("2024-01-26T23:30:00Z");
    assertEquals(
        PlanStage.SUBMITTED,
        PlanStages.classify(PlanStatus.SUBMITTED, DUE, lastMinute, DUE.plusDays(30)));
    Instant nextDay = Instant.parse("2024-01-27T00:00:01Z");
    assertEquals(
        PlanStage.SUBMITTED_LATE,
        PlanStages.classify(PlanStatus.SUBMITTED, DUE, nextDay, DUE.plusDays(30)));
  }

  @Test
  void summerTimeDecidesTheDayOfSubmission() {
    LocalDate due = LocalDate.parse("2024-07-01");
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST): late.
    assertTrue(PlanStages.late(due, Instant.parse("2024-07-01T23:30:00Z"), due));
    assertFalse(PlanStages.late(due, Instant.parse("2024-07-01T22:30:00Z"), due));
  }

  @Test
  void aPlanNotSubmittedIsLateOnlyAfterItsDueDay() {
    assertFalse(PlanStages.late(DUE, null, DUE));
    assertTrue(PlanStages.late(DUE, null, DUE.plusDays(1)));
    // Still DRAFT: its stage says so, lateness is told apart.
    assertEquals(
        PlanStage.DRAFT, PlanStages.classify(PlanStatus.DRAFT, DUE, null, DUE.plusDays(1)));
  }

  @Test
  void daysLateCountFromTheDueDayToSubmissionOrToToday() {
    assertEquals(0, PlanStages.daysLate(DUE, null, DUE));
    assertEquals(1433, PlanStages.daysLate(DUE, null, DUE.plusDays(1433)));
    assertEquals(
        3, PlanStages.daysLate(DUE, Instant.parse("2024-01-29T12:00:00Z"), DUE.plusDays(90)));
    assertEquals(
        0, PlanStages.daysLate(DUE, Instant.parse("2024-01-20T12:00:00Z"), DUE.plusDays(90)));
  }

  @Test
  void lateUnsubmittedPlansReadDifferentlyEveryDayAndSubmittedOnesNever() {
    assertEquals(DUE.plusDays(1), PlanStages.nextChange(DUE, null, DUE.minusDays(10)));
    assertEquals(DUE.plusDays(11), PlanStages.nextChange(DUE, null, DUE.plusDays(10)));
    assertEquals(null, PlanStages.nextChange(DUE, Instant.parse("2024-01-20T12:00:00Z"), DUE));
  }

  @Test
  void aPlanIsDueItsDaysAfterPublication() {
    assertEquals(LocalDate.parse("2024-03-22"), PlanStages.dueDate(DUE, 56));
    assertEquals(null, PlanStages.dueDate(null, 56));
  }
}
