package org.yjtracker.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;

/**
 * The organisations directory over HTTP against MariaDB, with the error contract (problem+json),
 * the audit trail and the operational endpoints that every later capability relies on.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsApiIT {

  @ArquillianResource URL base;

  private Api admin() {
    return Api.at(base).asAdmin();
  }

  @Test
  void createsAServiceAndAnswersWithItsLocation() {
    var fixtures = new Fixtures(Api.at(base));
    String name = fixtures.unique("Bexley Youth Justice Service");
    var created =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation("YJS", name, "LONDON", null, List.of()));
    assertEquals(201, created.status(), created::toString);
    String location = created.header("Location");
    assertTrue(location.endsWith("/api/organisations/" + created.id()), location);
    var read = admin().get("/api/organisations/" + created.id());
    assertEquals(200, read.status());
    assertEquals(name, read.json().getString("name"));
    assertEquals("London", read.json().getString("regionLabel"));
  }

  @Test
  void aServiceShowsItsBoardAndPartners() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Suffolk YJS", "EAST_OF_ENGLAND");
    long board = fixtures.board("Suffolk YJS partnership board", service);
    long police = fixtures.partner("POLICE", "Suffolk Constabulary", service);
    JsonObject read = admin().get("/api/organisations/" + service).json();
    assertEquals(board, read.getJsonObject("board").getJsonNumber("id").longValue());
    assertEquals(
        police, read.getJsonArray("partners").getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject partner = admin().get("/api/organisations/" + police).json();
    assertEquals(
        service, partner.getJsonArray("serves").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void invalidInputIsA400ProblemNamingEveryField() {
    var reply =
        admin().post("/api/organisations", Json.createObjectBuilder().add("name", " ").build());
    assertEquals(400, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"));
    var fields =
        reply.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertTrue(fields.containsAll(List.of("kind", "name", "region")), fields::toString);
  }

  @Test
  void anUnknownKindIsNamed() {
    var reply =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation("SPACE_AGENCY", "X", "LONDON", null, List.of()));
    assertEquals(400, reply.status());
    assertEquals("kind", reply.firstErrorField());
  }

  @Test
  void malformedJsonIsA400Problem() {
    var reply = admin().send("POST", "/api/organisations", "{\"kind\": ", Map.of());
    assertEquals(400, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"));
    assertEquals("body", reply.firstErrorField());
  }

  @Test
  void aBoardWithoutItsServiceIsRefused() {
    var reply =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "MANAGEMENT_BOARD", "Lonely board", "WALES", null, List.of()));
    assertEquals(400, reply.status());
    assertEquals("boardOfId", reply.firstErrorField());
  }

  @Test
  void aRejectedChangeLeavesNothingBehind() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Solihull YJS", "WEST_MIDLANDS");
    String name = fixtures.unique("Half-saved police");
    var reply =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "POLICE", name, "WEST_MIDLANDS", null, List.of(service, 999_999_999L)));
    assertEquals(400, reply.status());
    assertEquals("servesIds", reply.firstErrorField());
    var search = admin().get("/api/organisations?q=" + encode(name));
    assertEquals(0, search.json().getInt("total"));
  }

  @Test
  void anUnknownIdIsA404Problem() {
    var reply = admin().get("/api/organisations/987654321");
    assertEquals(404, reply.status());
    assertEquals("application/problem+json", reply.header("Content-Type"));
    assertEquals(404, reply.json().getInt("status"));
  }

  @Test
  void aDuplicateNameIsAConflictOnName() {
    var fixtures = new Fixtures(Api.at(base));
    String name = fixtures.unique("Sandwell Youth Offending Service");
    admin()
        .post(
            "/api/organisations",
            Fixtures.organisation("YJS", name, "WEST_MIDLANDS", null, List.of()));
    var again =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation("YJS", name, "WEST_MIDLANDS", null, List.of()));
    assertEquals(409, again.status());
    assertEquals("name", again.firstErrorField());
  }

  @Test
  void aStaleVersionIsA409WithTheCurrentState() {
    var fixtures = new Fixtures(Api.at(base));
    long id = fixtures.service("Wolverhampton YOT", "WEST_MIDLANDS");
    JsonObject read = admin().get("/api/organisations/" + id).json();
    long version = read.getJsonNumber("version").longValue();
    var first =
        admin()
            .put(
                "/api/organisations/" + id,
                edit(read, fixtures.unique("Wolverhampton YJS"), version));
    assertEquals(200, first.status(), first::toString);
    assertEquals(version + 1, first.json().getJsonNumber("version").longValue());
    var stale =
        admin().put("/api/organisations/" + id, edit(read, fixtures.unique("Other name"), version));
    assertEquals(409, stale.status());
    assertEquals(
        fixtures.unique("Wolverhampton YJS"),
        stale.json().getJsonObject("current").getString("name"));
  }

  @Test
  void listsFilterAndPage() {
    var fixtures = new Fixtures(Api.at(base));
    fixtures.service("Alpha service", "WALES");
    fixtures.service("Beta service", "WALES");
    long gamma = fixtures.service("Gamma service", "NORTH_EAST");
    fixtures.partner("HEALTH", "Gamma health board", gamma);
    String suffix = fixtures.unique("").strip();
    var firstPage = admin().get("/api/organisations?kind=YJS&size=2&q=" + suffix).json();
    assertEquals(3, firstPage.getInt("total"));
    assertEquals(2, firstPage.getJsonArray("items").size());
    assertEquals(2, firstPage.getInt("totalPages"));
    var secondPage = admin().get("/api/organisations?kind=YJS&size=2&page=2&q=" + suffix).json();
    assertEquals(1, secondPage.getJsonArray("items").size());
    assertEquals(
        2, admin().get("/api/organisations?region=WALES&q=" + suffix).json().getInt("total"));
    assertEquals(2, admin().get("/api/organisations?serviceId=" + gamma).json().getInt("total"));
    assertEquals(400, admin().get("/api/organisations?size=1000").status());
    assertEquals("region", admin().get("/api/organisations?region=ATLANTIS").firstErrorField());
  }

  @Test
  void everyChangeIsAuditedWithBeforeAndAfter() {
    var fixtures = new Fixtures(Api.at(base));
    long id = fixtures.service("Audited service", "SOUTH_WEST");
    JsonObject read = admin().get("/api/organisations/" + id).json();
    admin()
        .put(
            "/api/organisations/" + id,
            edit(
                read,
                fixtures.unique("Renamed service"),
                read.getJsonNumber("version").longValue()));
    var entries =
        admin()
            .get("/api/audit?objectType=Organisation&objectId=" + id)
            .json()
            .getJsonArray("items");
    assertEquals(2, entries.size(), entries::toString);
    JsonObject update = entries.getJsonObject(0);
    assertEquals("UPDATE", update.getString("action"));
    assertEquals(Api.ADMIN_EMAIL, update.getString("actor"));
    assertEquals(
        fixtures.unique("Audited service"), update.getJsonObject("before").getString("name"));
    assertEquals(
        fixtures.unique("Renamed service"), update.getJsonObject("after").getString("name"));
    assertEquals("CREATE", entries.getJsonObject(1).getString("action"));
    assertNotNull(entries.getJsonObject(1).getString("occurredAt"));
    assertEquals(
        1,
        admin()
            .get("/api/audit?action=CREATE&objectType=Organisation&objectId=" + id)
            .json()
            .getInt("total"));
    assertEquals("from", admin().get("/api/audit?from=yesterday").firstErrorField());
  }

  @Test
  void theAuditTrailRefusesChangesInTheDatabaseItself() throws SQLException {
    admin()
        .post(
            "/api/organisations",
            Fixtures.organisation(
                "YJS", new Fixtures(Api.at(base)).unique("Trail"), "LONDON", null, List.of()));
    String url =
        "jdbc:mariadb://"
            + System.getProperty("test.db.host")
            + ":"
            + System.getProperty("test.db.port")
            + "/"
            + System.getProperty("test.db.name");
    try (var connection =
            DriverManager.getConnection(
                url,
                System.getProperty("test.db.user"),
                System.getProperty("test.db.password", ""));
        var statement = connection.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("UPDATE audit_entry SET actor = 'someone else'"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_entry"));
    }
  }

  @Test
  void operationsEndpointsAnswer() {
    var api = Api.at(base);
    var ready = api.get("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    String openapi = api.get("/openapi").text();
    for (String path :
        List.of("/api/organisations", "/api/users", "/api/audit", "/api/me/tokens")) {
      assertTrue(
          openapi.contains(path),
          () ->
              path + " is documented in " + openapi.substring(0, Math.min(3000, openapi.length())));
    }
  }

  @Test
  void metricsAreForInspectorateAdminsOnly() {
    var anonymous = Api.at(base).get("/metrics");
    assertEquals(401, anonymous.status(), anonymous::toString);
    assertEquals("application/problem+json", anonymous.header("Content-Type").split(";")[0]);
    assertEquals(401, Api.at(base).get("/metrics?scope=base").status());
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Metrics YJS", "LONDON");
    String lead = fixtures.account("metricslead", "SERVICE_LEAD", service);
    assertEquals(403, Api.at(base).as(lead, Api.PASSWORD).get("/metrics").status());
    String inspector = fixtures.account("metricsinspector", "INSPECTOR");
    assertEquals(403, Api.at(base).as(inspector, Api.PASSWORD).get("/metrics").status());
    var metrics = admin().get("/metrics");
    assertEquals(200, metrics.status(), metrics::toString);
    assertTrue(metrics.text().contains("# TYPE"), "Prometheus text");
    // A scraper's own token (tracker.metrics.token in arquillian.xml) opens /metrics only.
    var scraper = Api.at(base).withToken("it-metrics-scraper-token-0123456789").get("/metrics");
    assertEquals(200, scraper.status(), scraper::toString);
    assertTrue(scraper.text().contains("# TYPE"), "Prometheus text for the scraper");
    assertEquals(
        401,
        Api.at(base).withToken("it-metrics-scraper-token-0123456789").get("/api/me").status(),
        "the scraper's token is no account");
    assertEquals(
        401, Api.at(base).withToken("it-metrics-scraper-token-guess").get("/metrics").status());
  }

  @Test
  void aPasswordMayNotBeCommonNorTheAccountsOwnWords() {
    var fixtures = new Fixtures(Api.at(base));
    String serviceName = fixtures.unique("Policy Youth Justice Service");
    long service =
        admin()
            .post(
                "/api/organisations",
                Fixtures.organisation("YJS", serviceName, "LONDON", null, List.of()))
            .id();
    String email = fixtures.unique("policylead").replace(' ', '.') + "@tracker.test";
    for (String refused :
        List.of(
            "password1234",
            "123456789012",
            email.toUpperCase(),
            "my " + email.substring(0, email.indexOf('@')) + " words",
            serviceName.replace(' ', '-'))) {
      var reply = admin().post("/api/users", user(email, service, refused));
      assertEquals(400, reply.status(), () -> refused + ": " + reply);
      assertEquals("password", reply.firstErrorField(), reply::toString);
    }
    assertEquals(201, admin().post("/api/users", user(email, service, Api.PASSWORD)).status());
    var own = Api.at(base).as(email, Api.PASSWORD);
    var change =
        own.put(
            "/api/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", Api.PASSWORD)
                .add("newPassword", "Password1234")
                .build());
    assertEquals(400, change.status(), change::toString);
    assertEquals("newPassword", change.firstErrorField());
  }

  private static JsonObject user(String email, long service, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("displayName", "Policy lead")
        .add("roles", Json.createArrayBuilder().add("SERVICE_LEAD"))
        .add("organisationIds", Json.createArrayBuilder().add(service))
        .add("password", password)
        .build();
  }

  @Test
  void noResponseNamesTheApplicationServer() {
    for (String path :
        List.of("/signin", "/api/organisations", "/css/tracker.css", "/no-such-page", "/metrics")) {
      var reply = admin().get(path);
      assertNull(reply.header("Server"), () -> path + " names the server");
      assertNull(reply.header("X-Powered-By"), () -> path + " names the server");
    }
    assertEquals(200, admin().get("/css/tracker.css").status(), "a static file was served");
  }

  @Test
  void everyCookieIsSameSiteAndSecureWhenATrustedProxySaysHttps() throws Exception {
    // The test server trusts its proxy (arquillian.xml): X-Forwarded-Proto stands for HTTPS.
    var plain = signInPage(Map.of());
    List<String> preSignIn = plain.headers().allValues("Set-Cookie");
    assertFalse(preSignIn.isEmpty(), "the sign-in page starts a session for its CSRF token");
    for (String cookie : preSignIn) {
      assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
      assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP: " + cookie);
    }
    var https = signInPage(Map.of("X-Forwarded-Proto", "https"));
    String preCookie = https.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(preCookie.toLowerCase().contains("samesite=lax"), preCookie);
    assertTrue(preCookie.contains("Secure"), preCookie);
    var signedIn =
        HTTP.send(
            HttpRequest.newBuilder(Api.at(base).uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", preCookie.split(";", 2)[0])
                .header("X-Forwarded-Proto", "https")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + URLEncoder.encode(csrf(https.body()), StandardCharsets.UTF_8)
                            + "&email="
                            + URLEncoder.encode(Api.ADMIN_EMAIL, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, signedIn.statusCode(), signedIn::body);
    List<String> session = signedIn.headers().allValues("Set-Cookie");
    assertFalse(session.isEmpty(), "signing in starts a new session");
    for (String cookie : session) {
      assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
      assertTrue(cookie.contains("Secure"), cookie);
      assertEquals(1, cookie.toLowerCase().split("samesite", -1).length - 1, "once: " + cookie);
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> signInPage(Map<String, String> headers) throws Exception {
    var request = HttpRequest.newBuilder(Api.at(base).uri("/signin")).GET();
    headers.forEach(request::header);
    var page = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    return page;
  }

  private static String csrf(String html) {
    var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(matcher.find(), "the form carries a CSRF token");
    return matcher.group(1);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (var reply :
        List.of(
            admin().get("/api/organisations"),
            Api.at(base).get("/signin"),
            Api.at(base).get("/api/users"))) {
      assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertEquals("DENY", reply.header("X-Frame-Options"));
      assertEquals("same-origin", reply.header("Referrer-Policy"));
    }
  }

  private static JsonObject edit(JsonObject read, String name, long version) {
    return Json.createObjectBuilder()
        .add("kind", read.getString("kind"))
        .add("name", name)
        .add("region", read.getString("region"))
        .add("version", version)
        .build();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  // --- Issue 11: never a 500 for a client mistake, never the server's own error page ---

  @Test
  void aJsonBodyThatIsNotAnObjectIsA400NamingTheBodyNeverA500() {
    for (String body : List.of("[]", "null", "\"str\"", "123", "true", "{", "{}{", "")) {
      var reply = admin().send("PUT", "/api/imports/999999", body, Map.of());
      assertEquals(400, reply.status(), () -> body + " -> " + reply);
      assertEquals("application/problem+json", reply.header("Content-Type"), body);
      assertEquals("body", reply.firstErrorField(), body);
    }
  }

  @Test
  void numbersAndBooleansBindStrictlyNamingTheField() {
    var outOfRange = Fixtures.organisation("YJS", "Wrapped YJS", "LONDON", null, List.of());
    var tooLarge =
        admin()
            .send(
                "POST",
                "/api/organisations",
                outOfRange.toString().replaceFirst("\\{", "{\"boardOfId\":9223372036854775809,"),
                Map.of());
    assertEquals(400, tooLarge.status(), tooLarge::toString);
    assertEquals("boardOfId", tooLarge.firstErrorField());
    // Before strict binding the id wrapped to a negative one and was looked up.
    assertTrue(tooLarge.text().contains("whole number"), tooLarge::toString);
    var fraction =
        admin()
            .send(
                "POST",
                "/api/organisations",
                outOfRange.toString().replaceFirst("\\{", "{\"servesIds\":[1.5],"),
                Map.of());
    assertEquals(400, fraction.status(), fraction::toString);
    assertEquals("servesIds", fraction.firstErrorField());
    assertTrue(fraction.text().contains("whole number"), fraction::toString);

    String account =
        "{\"email\":\"strict.bool@tracker.test\",\"displayName\":\"Strict\","
            + "\"roles\":[\"INSPECTOR\"],\"active\":\"str\",\"password\":\"a-long-enough-pass\"}";
    var notABoolean = admin().send("POST", "/api/users", account, Map.of());
    assertEquals(400, notABoolean.status(), notABoolean::toString);
    assertEquals("active", notABoolean.firstErrorField());
    assertTrue(notABoolean.text().contains("true or false"), notABoolean::toString);
  }

  @Test
  void aRoleThatMayNotIsRefusedBeforeItsBodyIsRead() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Role-first YJS", "LONDON");
    var lead =
        Api.at(base).as(fixtures.account("rolefirst", "SERVICE_LEAD", service), Api.PASSWORD);
    for (String path : List.of("/api/themes", "/api/inspections", "/api/frameworks")) {
      var reply = lead.send("POST", path, "{\"broken\": ", Map.of());
      assertEquals(403, reply.status(), () -> path + " -> " + reply);
      assertEquals("application/problem+json", reply.header("Content-Type"));
    }
    assertEquals(403, lead.send("PUT", "/api/imports/1", "[]", Map.of()).status());
  }

  @Test
  void aMistypedAddressIsA404InTheTrackersLayoutWithItsHeaders() {
    for (Api caller : List.of(admin(), Api.at(base).anonymous())) {
      for (String path : List.of("/no-such-page", "/plan/1")) {
        var reply = caller.get(path);
        assertEquals(404, reply.status(), () -> path + " -> " + reply);
        assertTrue(reply.header("Content-Type").startsWith("text/html"), reply::toString);
        assertTrue(reply.text().contains("<html lang=\"en\""), reply::toString);
        assertTrue(reply.text().contains("Inspection tracker"), reply::toString);
        assertTrue(reply.text().contains("Page not found"), reply::toString);
        assertTrue(!reply.text().contains("Payara"), reply::toString);
        assertNotNull(reply.header("Content-Security-Policy"), path);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
        assertEquals("DENY", reply.header("X-Frame-Options"), path);
      }
    }
  }

  @Test
  void aPageOfARecordThatDoesNotExistIsA404InTheLayout() {
    var missing = admin().get("/inspections/99999999");
    assertEquals(404, missing.status(), missing::toString);
    assertTrue(missing.text().contains("<html lang=\"en\""), missing::toString);
    assertTrue(missing.text().contains("Page not found"), missing::toString);
    long service = new Fixtures(Api.at(base)).service("Existing page YJS", "LONDON");
    assertEquals(200, admin().get("/organisations/" + service).status());
    assertEquals(404, admin().get("/organisations/99999999").status());
  }

  @Test
  void apiAddressesAnswerProblemJsonNeverHtml() {
    var unknown = admin().get("/api/no-such");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("application/problem+json", unknown.header("Content-Type"));
    var method = admin().send("PATCH", "/api/organisations", "{}", Map.of());
    assertEquals(405, method.status(), method::toString);
    assertEquals("application/problem+json", method.header("Content-Type"));
    var type =
        admin()
            .upload(
                "/api/organisations",
                "<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/xml");
    assertEquals(415, type.status(), type::toString);
    assertEquals("application/problem+json", type.header("Content-Type"));
  }
}
