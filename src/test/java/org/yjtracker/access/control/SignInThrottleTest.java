package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R6 of the access component: failed sign-ins slow a guesser down (per account and address, per
 * address, and a loose per-account ceiling) without locking the owner out.
 */
class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle(5, 20, 100, 15);

  @Test
  void firstFailuresAreNotDelayed() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a@x", "10.0.0.1", T0.plusSeconds(i));
    }
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0.plusSeconds(5)));
  }

  @Test
  void theLimitOfAnAccountFromOneAddressStartsABackOffThatDoubles() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("a@x", "10.0.0.1", T0));
    throttle.failed("a@x", "10.0.0.1", T0.plusSeconds(30));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        throttle.waitBefore("a@x", "10.0.0.1", T0.plusSeconds(30)));
    throttle.failed("a@x", "10.0.0.1", T0.plusSeconds(90));
    assertEquals(
        Optional.of(Duration.ofSeconds(120)),
        throttle.waitBefore("a@x", "10.0.0.1", T0.plusSeconds(90)));
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0.plusSeconds(211)));
  }

  @Test
  void aGuesserDoesNotLockTheOwnerOutFromAnotherAddress() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("owner@x", "10.6.6.6", T0.plusSeconds(i));
    }
    assertTrue(throttle.waitBefore("owner@x", "10.6.6.6", T0.plusSeconds(50)).isPresent());
    assertEquals(
        Optional.empty(),
        throttle.waitBefore("owner@x", "192.168.1.20", T0.plusSeconds(50)),
        "the owner, elsewhere, signs in at once");
  }

  @Test
  void otherAccountsAreNotAffectedByOneAccountsFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    assertEquals(Optional.empty(), throttle.waitBefore("b@x", "10.0.0.2", T0));
    assertEquals(Optional.empty(), throttle.waitBefore("b@x", "10.0.0.1", T0));
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottled() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i + "@x", "10.0.0.1", T0);
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("fresh@x", "10.0.0.1", T0));
    assertEquals(Optional.empty(), throttle.waitBefore("fresh@x", "10.0.0.2", T0));
  }

  @Test
  void manyAddressesGuessingOneAccountMeetTheCeilingButTheOwnersKnownAddressDoesNot() {
    throttle.succeeded("a@x", "192.168.1.20", T0);
    for (int i = 0; i < 100; i++) {
      throttle.failed("a@x", "10.1." + (i / 250) + "." + (i % 250), T0.plusSeconds(1));
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(1)),
        throttle.waitBefore("a@x", "10.9.9.9", T0.plusSeconds(1)));
    for (int i = 0; i < 10; i++) {
      throttle.failed("a@x", "10.2.0." + i, T0.plusSeconds(2));
    }
    assertEquals(
        Optional.of(Duration.ofMinutes(1)),
        throttle.waitBefore("a@x", "10.9.9.9", T0.plusSeconds(2)),
        "growing, but never more than a minute: a delay, not a lockout");
    assertEquals(
        Optional.empty(),
        throttle.waitBefore("a@x", "192.168.1.20", T0.plusSeconds(2)),
        "the owner's usual address is not held up by the ceiling");
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.9.9.9", T0.plusSeconds(62)));
  }

  @Test
  void waitNeverExceedsTheWindow() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("a@x", "10.0.0.1", T0));
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
  void successClearsTheCountOfThatAccountFromThatAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("a@x", "10.0.0.1", T0);
    }
    throttle.succeeded("a@x", "10.0.0.1", T0);
    throttle.failed("a@x", "10.0.0.1", T0);
    assertEquals(Optional.empty(), throttle.waitBefore("a@x", "10.0.0.1", T0));
  }
}
