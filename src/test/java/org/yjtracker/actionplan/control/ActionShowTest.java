package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionShowTest {

  @Test
  void theParameterNamesAFilterAndAnythingElseNone() {
    assertEquals(Optional.of(ActionShow.OVERDUE), ActionShow.of("overdue"));
    assertEquals(Optional.of(ActionShow.DUE_SOON), ActionShow.of("due-soon"));
    assertEquals(Optional.of(ActionShow.STALE), ActionShow.of("stale"));
    assertEquals(Optional.empty(), ActionShow.of("OVERDUE"));
    assertEquals(Optional.empty(), ActionShow.of("due_soon"));
    assertEquals(Optional.empty(), ActionShow.of(""));
    assertEquals(Optional.empty(), ActionShow.of(null));
  }

  @Test
  void eachFilterReadsItsOwnKeptFlag() {
    ActionFlags overdueAndStale = new ActionFlags(true, false, true, -2L, null);
    ActionFlags dueSoon = new ActionFlags(false, true, false, 3L, null);
    assertTrue(ActionShow.OVERDUE.shows(overdueAndStale));
    assertTrue(ActionShow.STALE.shows(overdueAndStale));
    assertFalse(ActionShow.DUE_SOON.shows(overdueAndStale));
    assertTrue(ActionShow.DUE_SOON.shows(dueSoon));
    assertFalse(ActionShow.OVERDUE.shows(dueSoon));
    assertFalse(ActionShow.STALE.shows(dueSoon));
  }
}
