package org.yjtracker.access.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.yjtracker.platform.control.MovableClock;

/** What time the tracker thinks it is, and how far that is from the system's time. */
public record ClockView(
    Instant now, LocalDate today, String zone, long offsetDays, long offsetSeconds) {

  static ClockView of(MovableClock clock) {
    MovableClock.Offset offset = clock.offset();
    return new ClockView(
        clock.instant(),
        LocalDate.now(clock),
        clock.getZone().getId(),
        offset.days(),
        offset.extra().toSeconds());
  }
}
