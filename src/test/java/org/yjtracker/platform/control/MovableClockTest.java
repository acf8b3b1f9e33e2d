package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The test clock: moved by calendar days or a duration from the system's time, and back. */
class MovableClockTest {

  /** 23:30 on a Saturday in London, the night before the clocks go forward (30 March 2025). */
  private static final Instant LATE_SATURDAY = Instant.parse("2025-03-29T23:30:00Z");

  private final MovableClock clock =
      new MovableClock(Clock.fixed(LATE_SATURDAY, Clocks.TRACKER_ZONE));

  @Test
  void unmovedItTellsTheSystemTime() {
    assertEquals(LATE_SATURDAY, clock.instant());
    assertTrue(clock.offset().isNone());
    assertSame(Clocks.TRACKER_ZONE, clock.getZone());
  }

  @Test
  void daysAreCalendarDaysSoTheTimeOfDayStaysAcrossSummerTime() {
    clock.moveDays(1);
    assertEquals(
        LocalDateTime.of(2025, 3, 30, 23, 30),
        LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
    assertEquals(LocalDate.of(2025, 3, 30), LocalDate.now(clock));
    assertEquals(Duration.ofHours(23), Duration.between(LATE_SATURDAY, clock.instant()));
  }

  @Test
  void aDurationMovesTheInstantExactly() {
    clock.move(Duration.ofHours(36));
    assertEquals(LATE_SATURDAY.plus(Duration.ofHours(36)), clock.instant());
  }

  @Test
  void movingToADateKeepsTheTimeOfDay() {
    clock.moveTo(LocalDate.of(2027, 3, 1));
    assertEquals(LocalDate.of(2027, 3, 1), LocalDate.now(clock));
    assertEquals(LocalTime.of(23, 30), LocalTime.now(clock));
    clock.moveTo(LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2025, 1, 1), LocalDate.now(clock));
    assertEquals(-87, clock.offset().days());
  }

  @Test
  void eachMoveIsFromTheSystemTimeNotFromTheLastMove() {
    clock.moveDays(40);
    clock.moveDays(40);
    assertEquals(LocalDate.of(2025, 5, 8), LocalDate.now(clock));
  }

  @Test
  void resetGoesBackToTheSystemTime() {
    clock.moveDays(100);
    clock.reset();
    assertEquals(LATE_SATURDAY, clock.instant());
    assertTrue(clock.offset().isNone());
  }

  @Test
  void anotherZoneSeesTheSameMovedInstantAndMovesWithIt() {
    Clock utc = clock.withZone(ZoneOffset.UTC);
    clock.moveDays(10);
    assertEquals(clock.instant(), utc.instant());
    assertEquals(ZoneOffset.UTC, utc.getZone());
    assertSame(clock, clock.withZone(Clocks.TRACKER_ZONE));
  }

  @Test
  void itMovesNoFurtherThanTenYears() {
    assertThrows(IllegalArgumentException.class, () -> clock.moveDays(MovableClock.MAX_DAYS + 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> clock.move(Duration.ofDays(-MovableClock.MAX_DAYS - 1)));
    assertTrue(clock.offset().isNone(), "a refused move leaves the clock where it was");
  }
}
