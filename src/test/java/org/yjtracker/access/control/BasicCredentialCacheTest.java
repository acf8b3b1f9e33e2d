package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTTP Basic is verified once, then remembered briefly, by digest, within a bound. */
class BasicCredentialCacheTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = T0;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/London");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final BasicCredentialCache cache = new BasicCredentialCache(clock, 300, 3);

  @Test
  void aVerifiedCredentialIsRememberedForItsLifetimeOnly() {
    cache.remember("A@x ", "secret-password", 7, 2);
    assertEquals(7, cache.find("a@x", "secret-password").orElseThrow().accountId());
    assertEquals(2, cache.find("a@x", "secret-password").orElseThrow().credentialEpoch());
    clock.advance(Duration.ofSeconds(299));
    assertTrue(cache.find("a@x", "secret-password").isPresent());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), cache.find("a@x", "secret-password"));
  }

  @Test
  void anotherPasswordIsNotTheRememberedOne() {
    cache.remember("a@x", "secret-password", 7, 0);
    assertEquals(Optional.empty(), cache.find("a@x", "secret-passwore"));
    assertEquals(Optional.empty(), cache.find("a@x:secret", "-password"));
  }

  @Test
  void forgettingAnAccountDropsAllItsCredentials() {
    cache.remember("a@x", "one-password", 7, 0);
    cache.remember("a@x", "two-password", 7, 0);
    cache.remember("b@x", "b-password", 8, 0);
    cache.forget(7);
    assertEquals(Optional.empty(), cache.find("a@x", "one-password"));
    assertEquals(Optional.empty(), cache.find("a@x", "two-password"));
    assertTrue(cache.find("b@x", "b-password").isPresent());
  }

  @Test
  void theCacheIsBoundedAndDropsTheLeastRecentlyUsed() {
    cache.remember("a@x", "a-password", 1, 0);
    cache.remember("b@x", "b-password", 2, 0);
    cache.remember("c@x", "c-password", 3, 0);
    cache.find("a@x", "a-password");
    cache.remember("d@x", "d-password", 4, 0);
    assertEquals(3, cache.size());
    assertTrue(cache.find("a@x", "a-password").isPresent());
    assertEquals(Optional.empty(), cache.find("b@x", "b-password"));
  }

  @Test
  void aLifetimeOfZeroTurnsCachingOff() {
    var off = new BasicCredentialCache(clock, 0, 10);
    off.remember("a@x", "a-password", 1, 0);
    assertEquals(Optional.empty(), off.find("a@x", "a-password"));
  }
}
