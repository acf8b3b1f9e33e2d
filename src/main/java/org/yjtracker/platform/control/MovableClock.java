package org.yjtracker.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset that can be changed while the application runs, so that an
 * integration test can make an action stale or a plan late by moving time instead of rewriting
 * rows. Only {@link Clocks} makes one, and only when {@code tracker.clock.adjustable=true}.
 *
 * <p>An offset is a number of calendar days in the tracker's zone plus a plain duration. Days are
 * counted on the calendar, not as 24 hours, so that 40 days on from 23:30 is 23:30 again even
 * across a change to or from summer time, and "today" moves by exactly 40.
 */
public final class MovableClock extends Clock {

  /** How far time may be moved either way: far enough for any plan, not into nonsense. */
  public static final long MAX_DAYS = 3650;

  /** How far the clock is moved from the system clock. */
  public record Offset(long days, Duration extra) {

    public static final Offset NONE = new Offset(0, Duration.ZERO);

    public Offset {
      Objects.requireNonNull(extra);
      if (Math.abs(days) > MAX_DAYS || extra.abs().compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
        throw new IllegalArgumentException("The clock moves at most " + MAX_DAYS + " days");
      }
    }

    public boolean isNone() {
      return days == 0 && extra.isZero();
    }
  }

  private final Clock system;
  private final ZoneId calendar;
  private final AtomicReference<Offset> offset;

  /**
   * @param system the clock to move; its zone is the calendar the days are counted in
   */
  public MovableClock(Clock system) {
    this(system, system.getZone(), new AtomicReference<>(Offset.NONE));
  }

  private MovableClock(Clock system, ZoneId calendar, AtomicReference<Offset> offset) {
    this.system = Objects.requireNonNull(system);
    this.calendar = calendar;
    this.offset = offset;
  }

  @Override
  public Instant instant() {
    Instant now = system.instant();
    Offset by = offset.get();
    if (by.isNone()) {
      return now;
    }
    return now.atZone(calendar).plusDays(by.days()).toInstant().plus(by.extra());
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  /** The same moved time seen in another zone; moving either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(getZone())
        ? this
        : new MovableClock(system.withZone(zone), calendar, offset);
  }

  public Offset offset() {
    return offset.get();
  }

  /** Moves the clock this many calendar days from the system's time (not from where it is). */
  public void moveDays(long days) {
    offset.set(new Offset(days, Duration.ZERO));
  }

  /** Moves the clock by this duration from the system's time (not from where it is). */
  public void move(Duration by) {
    offset.set(new Offset(0, by));
  }

  /** Moves the clock so that today, in the tracker's zone, is this date; the time of day stays. */
  public void moveTo(LocalDate today) {
    moveDays(ChronoUnit.DAYS.between(LocalDate.ofInstant(system.instant(), calendar), today));
  }

  /** Back to the system's time. */
  public void reset() {
    offset.set(Offset.NONE);
  }
}
