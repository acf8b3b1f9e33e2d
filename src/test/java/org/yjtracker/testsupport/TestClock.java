package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Moves the application's clock (PUT /api/admin/clock, as the admin), so that a test makes a plan
 * late or an action stale by moving time instead of rewriting rows. The tests share one server and
 * one clock: a test that moves it puts it back in a {@code finally} block or an {@code @AfterEach}
 * ({@link #reset}), whether it passed or not.
 *
 * <p>Each move counts from the system's time, not from the last move. While the clock is moved,
 * what the tracker records and decides by date follows it (publication, plan and update times,
 * audit entries, token expiry: a token made before a move of 100 days is expired until the reset).
 * Sign-in throttling, the HTTP Basic cache and sessions keep the machine's time, so moving the
 * clock never locks anybody out; the idempotency keys keep the database's time.
 */
public final class TestClock {

  public static final String PATH = "/api/admin/clock";

  private TestClock() {}

  /** Moves the clock this many calendar days (UK) on from now; the time of day stays. */
  public static JsonObject travel(URL base, long days) {
    return move(base, Json.createObjectBuilder().add("offsetDays", days).build());
  }

  /** Moves the clock by exactly this duration from now (whole seconds). */
  public static JsonObject travel(URL base, Duration by) {
    return move(base, Json.createObjectBuilder().add("offsetSeconds", by.toSeconds()).build());
  }

  /** Moves the clock so that today, in UK time, is this date. */
  public static JsonObject travelTo(URL base, LocalDate today) {
    return move(base, Json.createObjectBuilder().add("today", today.toString()).build());
  }

  /** Puts the clock back to the system's time. */
  public static void reset(URL base) {
    var reply = Api.at(base).asAdmin().delete(PATH);
    assertEquals(200, reply.status(), reply::toString);
  }

  /** The date the application thinks it is (UK). */
  public static LocalDate today(URL base) {
    return LocalDate.parse(now(base).getString("today"));
  }

  /** The application's time. */
  public static Instant instant(URL base) {
    return Instant.parse(now(base).getString("now"));
  }

  private static JsonObject now(URL base) {
    var reply = Api.at(base).asAdmin().get(PATH);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject move(URL base, JsonObject setting) {
    var reply = Api.at(base).asAdmin().put(PATH, setting);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
