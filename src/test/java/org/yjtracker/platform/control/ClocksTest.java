package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Safe by default: only tracker.clock.adjustable=true makes a clock that can be moved. */
class ClocksTest {

  @Test
  void byDefaultTheClockIsTheSystemClockAndNothingCanMoveIt() {
    var clocks = clocks(false);
    assertEquals(Optional.empty(), clocks.movable());
    assertTrue(!(clocks.clock() instanceof MovableClock));
    assertEquals(Clocks.TRACKER_ZONE, clocks.clock().getZone());
    assertNearNow(clocks.clock().instant());
  }

  @Test
  void adjustableTheProducedClockIsTheOneThatMoves() {
    var clocks = clocks(true);
    MovableClock movable = clocks.movable().orElseThrow();
    assertSame(movable, clocks.clock());
    movable.moveDays(100);
    assertTrue(clocks.clock().instant().isAfter(Instant.now().plus(Duration.ofDays(99))));
    assertNearNow(clocks.systemTime().instant());
  }

  @Test
  void bothClocksTickInTheMillisecondsTheDatabaseKeeps() {
    for (boolean adjustable : new boolean[] {false, true}) {
      Instant now = clocks(adjustable).clock().instant();
      assertEquals(0, now.getNano() % 1_000_000, "adjustable=" + adjustable + ": " + now);
    }
  }

  private static Clocks clocks(boolean adjustable) {
    var clocks = new Clocks();
    clocks.adjustable = adjustable;
    clocks.choose();
    return clocks;
  }

  private static void assertNearNow(Instant instant) {
    assertTrue(Duration.between(instant, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0);
  }
}
