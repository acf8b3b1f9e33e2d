package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yjtracker.access.entity.Role;

/**
 * Real records for tests that walk the whole API: two youth justice services, each with a board, a
 * partner, two published inspections (the second follows the first), a plan on the second with an
 * answered recommendation, an action led by the partner, a progress update and an evidence file;
 * and an account of every role for each service. Path ids of an operation are looked up by the
 * collection they follow in the path ({@code /api/plans/{id}} is a plan), in one service or the
 * other.
 */
public final class ApiWorld {

  /** An id the database never gave out. */
  public static final String UNKNOWN_ID = "999999999";

  public final Service own;
  public final Service other;
  private final Map<String, String> global;

  private ApiWorld(Service own, Service other, Map<String, String> global) {
    this.own = own;
    this.other = other;
    this.global = global;
  }

  /** One service's records and the accounts that belong to it. */
  public record Service(
      long serviceId,
      long partnerId,
      long recommendationId,
      Map<String, String> ids,
      Map<Role, Api> callers) {}

  /** The admin's view of the account only the contract tests change. */
  public String victimId() {
    return global.get("users");
  }

  public static ApiWorld seed(URL base) {
    var f = new Fixtures(Api.at(base));
    Api admin = Api.at(base).asAdmin();
    Api inspector = Api.at(base).as(f.account("contract-inspector", "INSPECTOR"), Api.PASSWORD);
    Service own = service(base, f, admin, inspector, "a");
    Service other = service(base, f, admin, inspector, "b");

    JsonObject framework =
        admin.get("/api/frameworks").array().getValuesAs(JsonObject.class).stream()
            .filter(
                fw ->
                    fw.getJsonArray("domains").stream()
                        .anyMatch(d -> !d.asJsonObject().getJsonArray("standards").isEmpty()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No framework with standards"));
    String frameworkCode = framework.getString("code");
    String standardCode =
        framework.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
            .flatMap(d -> d.getJsonArray("standards").getValuesAs(JsonObject.class).stream())
            .findFirst()
            .orElseThrow()
            .getString("code");
    String domainCode =
        framework.getJsonArray("domains").getValuesAs(JsonObject.class).get(0).getString("code");
    long theme = admin.get("/api/themes").array().getJsonObject(0).getJsonNumber("id").longValue();
    // An account only the contract tests change (never the admin they run as).
    String victim = f.account("contract-victim", "VIEWER", own.serviceId());
    long victimId =
        admin
            .get("/api/users?q=" + victim.substring(0, victim.indexOf('@')))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var uploaded =
        admin.upload(
            "/api/imports",
            (report("wolverhampton-2022") + "\n\nCopy " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/plain; charset=utf-8");
    assertEquals(201, uploaded.status(), uploaded::toString);
    // A reminder run, and a mail it made: the inspectorate's comment tells the service's lead.
    var commented =
        inspector.post(
            "/api/plans/" + own.ids().get("plans") + "/comments",
            Json.createObjectBuilder().add("text", "Contract comment").build());
    assertEquals(201, commented.status(), commented::toString);
    var run = admin.post("/api/admin/reminder-runs", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, run.status(), run::toString);
    var mails = admin.get("/api/admin/mails?size=1").json().getJsonArray("items");
    assertEquals(1, mails.size(), "the reminder run made no mail");
    return new ApiWorld(
        own,
        other,
        Map.of(
            "frameworks",
            frameworkCode,
            "standards",
            standardCode,
            "domains",
            domainCode,
            "themes",
            Long.toString(theme),
            "users",
            Long.toString(victimId),
            "imports",
            Long.toString(uploaded.id()),
            "reminder-runs",
            Long.toString(run.id()),
            "mails",
            mails.getJsonObject(0).getJsonNumber("id").toString(),
            // Somebody's own token: revoking a real one would sign a test caller out.
            "tokens",
            UNKNOWN_ID));
  }

  /**
   * The id for a path parameter that follows {@code collection}: a record of {@code service} when
   * the collection belongs to a service, else a global one; null when the world has none.
   */
  public String id(String collection, Service service) {
    String scoped = service.ids().get(collection);
    return scoped != null ? scoped : global.get(collection);
  }

  /** Whether records of this collection belong to one service (and so may be another's). */
  public boolean belongsToService(String collection) {
    return own.ids().containsKey(collection);
  }

  private static Service service(URL base, Fixtures f, Api admin, Api inspector, String name) {
    long service = f.service("Contract YJS " + name, "LONDON");
    long board = f.board("Contract board " + name, service);
    long police = f.partner("POLICE", "Contract police " + name, service);
    Map<Role, Api> callers = new EnumMap<>(Role.class);
    callers.put(Role.INSPECTORATE_ADMIN, admin);
    callers.put(Role.INSPECTOR, inspector);
    callers.put(Role.SERVICE_LEAD, as(base, f.account("lead-" + name, "SERVICE_LEAD", service)));
    callers.put(Role.BOARD_MEMBER, as(base, f.account("member-" + name, "BOARD_MEMBER", board)));
    callers.put(Role.PARTNER, as(base, f.account("partner-" + name, "PARTNER", police)));
    callers.put(Role.VIEWER, as(base, f.account("viewer-" + name, "VIEWER", service)));

    long previous = published(admin, "wolverhampton-2022", service);
    long current = published(admin, "solihull-2023", service);
    Api lead = callers.get(Role.SERVICE_LEAD);
    var started = lead.post("/api/inspections/" + current + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, started.status(), started::toString);
    long plan = started.id();
    long recommendation = recommendationIds(admin, current).get(0);
    long previousRecommendation = recommendationIds(admin, previous).get(0);
    var agreed =
        lead.put(
            "/api/recommendations/" + recommendation + "/response",
            Json.createObjectBuilder().add("acceptance", "AGREED").build());
    assertEquals(200, agreed.status(), agreed::toString);
    var action =
        lead.post(
            "/api/plans/" + plan + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
                .add("leadOrganisationId", police)
                .add("leadPerson", "A. Lead")
                .add("description", "Flag every YJS child on police systems")
                .add("successMeasure", "Every child flagged")
                .add("startDate", "2026-12-01")
                .add("targetDate", "2027-03-31")
                .build());
    assertEquals(201, action.status(), action::toString);
    var reported =
        callers
            .get(Role.PARTNER)
            .post(
                "/api/actions/" + action.id() + "/updates",
                Json.createObjectBuilder()
                    .add("narrative", "Work has begun")
                    .add("rag", "AMBER")
                    .add("percentComplete", 20)
                    .build());
    assertEquals(201, reported.status(), reported::toString);
    long update = reported.json().getJsonObject("latestUpdate").getJsonNumber("id").longValue();
    var file =
        callers
            .get(Role.PARTNER)
            .upload(
                "/api/actions/" + action.id() + "/updates/" + update + "/files",
                "%PDF-1.4 board minutes".getBytes(StandardCharsets.US_ASCII),
                "application/octet-stream",
                Map.of("X-File-Name", "minutes.pdf"));
    assertEquals(201, file.status(), file::toString);
    Map<String, String> ids =
        Map.of(
            "services", Long.toString(service),
            "organisations", Long.toString(service),
            "inspections", Long.toString(current),
            "recommendations", Long.toString(recommendation),
            "outcomes", Long.toString(previousRecommendation),
            "plans", Long.toString(plan),
            "actions", Long.toString(action.id()),
            "updates", Long.toString(update),
            "evidence", Long.toString(file.id()));
    return new Service(service, police, recommendation, ids, callers);
  }

  private static Api as(URL base, String email) {
    return Api.at(base).as(email, Api.PASSWORD);
  }

  private static long published(Api admin, String report, long service) {
    return InspectionBodies.publish(admin, report, service);
  }

  private static List<Long> recommendationIds(Api api, long inspection) {
    return api
        .get("/api/inspections/" + inspection)
        .json()
        .getJsonArray("recommendations")
        .getValuesAs(JsonObject.class)
        .stream()
        .sorted(Comparator.comparingInt(r -> r.getInt("number")))
        .map(r -> r.getJsonNumber("id").longValue())
        .toList();
  }

  private static String report(String name) {
    try (InputStream in = ApiWorld.class.getResourceAsStream("/reports/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
