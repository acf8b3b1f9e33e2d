package org.yjtracker.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application. Time is a dependency: code asks for a {@link Clock} instead of
 * calling {@code Instant.now()}, so a unit test can hand it a fixed or moving one.
 */
@ApplicationScoped
public class Clocks {

  /** The inspectorate works on UK time; this is the only place that names the zone. */
  public static final ZoneId TRACKER_ZONE = ZoneId.of("Europe/London");

  @Produces
  public Clock clock() {
    return Clock.system(TRACKER_ZONE);
  }
}
