package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.TestClock;

/**
 * The test clock (tracker.clock.adjustable=true in these tests): an admin moves it and puts it
 * back, what the tracker records follows it, nobody else may touch it, and a bad setting names its
 * field.
 */
@ExtendWith(ArquillianExtension.class)
class ClockIT {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @ArquillianResource URL base;

  @AfterEach
  void putTheClockBack() {
    TestClock.reset(base);
  }

  @Test
  void anAdminMovesTheClockAndWhatTheTrackerRecordsFollowsIt() {
    LocalDate systemToday = LocalDate.now(UK);
    var moved = TestClock.travelTo(base, LocalDate.of(2031, 5, 20));
    assertEquals("2031-05-20", moved.getString("today"), moved::toString);
    assertEquals("Europe/London", moved.getString("zone"));
    assertEquals(LocalDate.of(2031, 5, 20), TestClock.today(base));

    // An audit entry written now carries the moved date.
    long service = new Fixtures(Api.at(base)).service("Clock service", "LONDON");
    var audit =
        Api.at(base)
            .asAdmin()
            .get("/api/audit?objectType=Organisation&objectId=" + service)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(
        LocalDate.of(2031, 5, 20),
        LocalDate.ofInstant(Instant.parse(audit.getString("occurredAt")), UK),
        audit::toString);

    var byDays = TestClock.travel(base, 40);
    assertEquals(40, byDays.getInt("offsetDays"));
    assertEquals(systemToday.plusDays(40).toString(), byDays.getString("today"));

    var bySeconds = TestClock.travel(base, Duration.ofHours(-36));
    assertEquals(-36 * 3600, bySeconds.getInt("offsetSeconds"));
    assertEquals(0, bySeconds.getInt("offsetDays"), "each move counts from the system's time");

    TestClock.reset(base);
    assertTrue(
        Duration.between(TestClock.instant(base), Instant.now()).abs().toSeconds() < 60,
        "back at the system's time");
  }

  @Test
  void nobodyButAnInspectorateAdminMayTouchTheClock() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Clock viewers", "LONDON");
    var inspector = Api.at(base).as(fixtures.account("clock-inspector", "INSPECTOR"), Api.PASSWORD);
    var viewer = Api.at(base).as(fixtures.account("clock-viewer", "VIEWER", service), Api.PASSWORD);
    var move = Json.createObjectBuilder().add("offsetDays", 5).build();
    for (Api someone : new Api[] {inspector, viewer}) {
      assertEquals(403, someone.get(TestClock.PATH).status());
      assertEquals(403, someone.put(TestClock.PATH, move).status());
      assertEquals(403, someone.delete(TestClock.PATH).status());
    }
    assertEquals(401, Api.at(base).anonymous().put(TestClock.PATH, move).status());
    assertEquals(LocalDate.now(UK), TestClock.today(base), "nobody moved it");
  }

  @Test
  void aBadSettingIsRefusedNamingItsField() {
    var admin = Api.at(base).asAdmin();
    expectField(admin, "{\"today\":\"2027-02-30\"}", "today");
    expectField(admin, "{\"today\":\"soon\"}", "today");
    expectField(admin, "{\"offsetDays\":\"forty\"}", "offsetDays");
    expectField(admin, "{\"offsetDays\":1.5}", "offsetDays");
    expectField(admin, "{\"offsetDays\":3651}", "offsetDays");
    expectField(admin, "{\"offsetSeconds\":-999999999999}", "offsetSeconds");
    expectField(admin, "{\"today\":\"2027-03-01\",\"offsetDays\":40}", "offsetDays");
    expectField(admin, "{}", "today");
    assertEquals(LocalDate.now(UK), TestClock.today(base), "a refused setting moves nothing");
  }

  private static void expectField(Api admin, String body, String field) {
    var reply = admin.send("PUT", TestClock.PATH, body, java.util.Map.of());
    assertEquals(400, reply.status(), () -> body + " -> " + reply);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
    assertEquals(field, reply.firstErrorField(), () -> body + " -> " + reply);
  }
}
