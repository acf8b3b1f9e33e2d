package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R6 of the access component: failed sign-ins are throttled per account and per address. */
class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle(5, 20, 15);

  @Test
  void firstFailuresAreNotDelayed() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a@x", "10.0.0.1", T0.plusSeconds(i));
    }
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0.plusSeconds(5)));
  }

  @Test
  void theLimitOfAnAccountStartsABackOffThatDoubles() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x", "10.0.0." + i, T0);
    }
    assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("a@x", "10.9.9.9", T0));
    throttle.failed("a@x", "10.0.0.9", T0.plusSeconds(30));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        throttle.waitBefore("a@x", "10.9.9.9", T0.plusSeconds(30)));
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.9.9.9", T0.plusSeconds(91)));
  }

  @Test
  void otherAccountsAreNotAffectedByOneAccountsFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x", "10.0.0." + i, T0);
    }
    assertEquals(Optional.empty(), throttle.waitBefore("b@x", "10.0.0.200", T0));
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottled() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i + "@x", "10.0.0.1", T0);
    }
    assertTrue(throttle.waitBefore("fresh@x", "10.0.0.1", T0).isPresent());
    assertEquals(Optional.empty(), throttle.waitBefore("fresh@x", "10.0.0.2", T0));
  }

  @Test
  void waitNeverExceedsTheWindow() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("a@x", "10.0.0." + i, T0);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("a@x", "1.1.1.1", T0));
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    assertEquals(
        Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0.plus(Duration.ofMinutes(16))));
  }

  @Test
  void successClearsTheAccountCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    throttle.succeeded("a@x");
    throttle.failed("a@x", "10.0.0.1", T0);
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0));
  }
}
