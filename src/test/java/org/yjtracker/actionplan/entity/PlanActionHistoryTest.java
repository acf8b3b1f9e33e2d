package org.yjtracker.actionplan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.testsupport.Frameworks;

/** An action's status history, as the entity keeps it. */
class PlanActionHistoryTest {

  static final Instant WRITTEN = Instant.parse("2026-03-02T10:15:30.123Z");

  @Test
  void anActionWrittenCancelledBeginsItsHistoryCancelledInOneEntry() {
    PlanAction action = new PlanAction(plan(), "lead@example.org", WRITTEN);
    action.setStatus(ActionStatus.CANCELLED, "Replaced", "lead@example.org", WRITTEN, null);

    List<StatusChange> history = action.getStatusChanges();
    assertEquals(1, history.size());
    assertNull(history.get(0).getFromStatus());
    assertEquals("CANCELLED", history.get(0).getToStatus());
    assertEquals("Replaced", history.get(0).getReason());
  }

  @Test
  void aLaterMoveIsASecondEntryFromTheStatusBefore() {
    PlanAction action = new PlanAction(plan(), "lead@example.org", WRITTEN);
    action.setStatus(
        ActionStatus.CANCELLED, "Replaced", "lead@example.org", WRITTEN.plusMillis(1), null);

    List<StatusChange> history = action.getStatusChanges();
    assertEquals(2, history.size());
    assertEquals("NOT_STARTED", history.get(1).getFromStatus());
    assertEquals("CANCELLED", history.get(1).getToStatus());
  }

  private static ActionPlan plan() {
    var service = new Organisation(OrganisationKind.YJS, "Bexley YJS", Region.LONDON);
    var inspection = new Inspection(service, Frameworks.hmip2018(), InspectionKind.STANDARD);
    var plan = new ActionPlan(inspection, LocalDate.parse("2026-04-01"));
    try {
      // As if stored: the history names the plan by its id.
      var id = ActionPlan.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(plan, 7L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return plan;
  }
}
