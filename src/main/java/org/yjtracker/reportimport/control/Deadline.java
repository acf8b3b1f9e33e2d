package org.yjtracker.reportimport.control;

import java.time.Duration;

/**
 * The time limit of one parse. Loops call {@link #check()} once per line; reading the clock only
 * every 64th call keeps the check off the profile while still stopping a runaway parse quickly. One
 * instance serves one parse on one thread.
 */
final class Deadline {

  private final Duration limit;
  private final long endNanos;
  private int calls;

  Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = System.nanoTime() + limit.toNanos();
  }

  /** Reads the clock at once, for checks made rarely (once a page). */
  void checkNow() {
    if (System.nanoTime() - endNanos > 0) {
      throw new ParseTimeoutException(limit);
    }
  }

  void check() {
    if ((++calls & 63) == 0 && System.nanoTime() - endNanos > 0) {
      throw new ParseTimeoutException(limit);
    }
  }
}
