package org.yjtracker.access.control;

import java.time.Duration;
import java.util.Objects;

/** A password check refused unheard because of earlier failures: answer 429 with Retry-After. */
public class TooManyAttemptsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super(
        "Too many wrong passwords. Try again in "
            + seconds(Objects.requireNonNull(retryAfter))
            + " seconds.");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, rounded up and at least one, as Retry-After wants them. */
  public static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }
}
