package org.yjtracker.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application. Time is a dependency: code asks for a {@link Clock} instead of
 * calling {@code Instant.now()}, so a unit test can hand it a fixed one and an integration test can
 * move it.
 *
 * <p>With {@code tracker.clock.adjustable=true} (integration tests only) the clock is a {@link
 * MovableClock} that an inspectorate admin can move through {@code /api/admin/clock}. Without it
 * (the default) the clock is the system clock and nothing can move it.
 *
 * <p>Not on this clock, on purpose: sign-in throttle windows and the HTTP Basic cache ({@link
 * SystemTime}, so a moved clock never locks anybody out); the {@code created_at}/{@code updated_at}
 * bookkeeping that entities stamp themselves in {@code @PrePersist}/{@code @PreUpdate} (shown as
 * "added" and "last changed", never decided on; entities are not CDI beans); the idempotency keys
 * (the database's time, so several servers agree); HTTP sessions (the servlet container's); and
 * durations such as parse deadlines ({@code System.nanoTime}).
 */
@ApplicationScoped
public class Clocks {
  // The clock ticks in milliseconds, the precision of every TIMESTAMP(3) it is stored in: two
  // moments that compare unequal in Java stay unequal, and in the same order, once stored.

  /** The inspectorate works on UK time; this is the only place that names the zone. */
  public static final ZoneId TRACKER_ZONE = ZoneId.of("Europe/London");

  public static final String ADJUSTABLE = "tracker.clock.adjustable";
  private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

  @Inject
  @ConfigProperty(name = ADJUSTABLE, defaultValue = "false")
  boolean adjustable;

  private Clock clock;
  private MovableClock movable;

  @PostConstruct
  void choose() {
    if (adjustable) {
      movable = new MovableClock(Clock.tickMillis(TRACKER_ZONE));
      clock = movable;
      LOG.warning(
          ADJUSTABLE
              + "=true: the clock can be moved through /api/admin/clock. Only for tests; never"
              + " set it where real people use the tracker.");
    } else {
      clock = Clock.tickMillis(TRACKER_ZONE);
    }
  }

  /** Made at start-up, so that the warning above is logged then and not at the first request. */
  void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Observing is enough: the container makes the bean to deliver the event.
  }

  @Produces
  public Clock clock() {
    return clock;
  }

  @Produces
  @SystemTime
  public Clock systemTime() {
    return Clock.system(TRACKER_ZONE);
  }

  /** The clock to move, if this run allows it. */
  public Optional<MovableClock> movable() {
    return Optional.ofNullable(movable);
  }
}
