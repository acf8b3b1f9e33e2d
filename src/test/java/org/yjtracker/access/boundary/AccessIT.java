package org.yjtracker.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Who may do what (R3, R4 of the access component): 401 without credentials, 403 for a role that
 * may not, 404 for another organisation's object; tokens, throttling, sessions and CSRF.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

  @ArquillianResource URL base;

  /** Two services, A with a board and a police partner, and one account per role. */
  record World(
      long serviceA,
      long boardA,
      long policeA,
      long serviceB,
      String inspector,
      String leadA,
      String boardMemberA,
      String partnerA,
      String viewerA,
      String leadB) {}

  private static World world;

  private World world() {
    if (world == null) {
      var fixtures = new Fixtures(Api.at(base));
      long a = fixtures.service("Service A", "LONDON");
      long boardA = fixtures.board("Board A", a);
      long policeA = fixtures.partner("POLICE", "Police A", a);
      long b = fixtures.service("Service B", "WALES");
      world =
          new World(
              a,
              boardA,
              policeA,
              b,
              fixtures.account("inspector", "INSPECTOR"),
              fixtures.account("lead-a", "SERVICE_LEAD", a),
              fixtures.account("board-a", "BOARD_MEMBER", boardA),
              fixtures.account("partner-a", "PARTNER", policeA),
              fixtures.account("viewer-a", "VIEWER", a),
              fixtures.account("lead-b", "SERVICE_LEAD", b));
    }
    return world;
  }

  private Api as(String email) {
    return Api.at(base).as(email, Api.PASSWORD);
  }

  @Test
  void withoutCredentialsEveryEndpointIs401() {
    var anonymous = Api.at(base);
    for (String path :
        List.of(
            "/api/organisations",
            "/api/organisations/1",
            "/api/users",
            "/api/audit",
            "/api/me",
            "/api/me/tokens")) {
      var reply = anonymous.get(path);
      assertEquals(401, reply.status(), path);
      assertEquals("application/problem+json", reply.header("Content-Type"), path);
      assertNotNull(reply.header("WWW-Authenticate"), path);
    }
    assertEquals(
        401, anonymous.post("/api/organisations", Json.createObjectBuilder().build()).status());
    assertEquals(
        401, Api.at(base).as(Api.ADMIN_EMAIL, "wrong-password-here").get("/api/me").status());
    assertEquals(
        401, Api.at(base).withToken("yjt_not-a-real-token-at-all-000000").get("/api/me").status());
  }

  @Test
  void usersAndAuditAreForInspectorateAdminsOnly() {
    var w = world();
    for (String email :
        List.of(w.inspector(), w.leadA(), w.boardMemberA(), w.partnerA(), w.viewerA())) {
      for (String path : List.of("/api/users", "/api/audit", "/api/users/1")) {
        var reply = as(email).get(path);
        assertEquals(403, reply.status(), email + " " + path);
        assertEquals("application/problem+json", reply.header("Content-Type"));
      }
      assertEquals(
          403,
          as(email)
              .post("/api/users", Json.createObjectBuilder().add("email", "x@y.z").build())
              .status(),
          email);
    }
    assertEquals(200, Api.at(base).asAdmin().get("/api/users").status());
    assertEquals(200, Api.at(base).asAdmin().get("/api/audit").status());
  }

  @Test
  void onlyInspectorsAndServiceLeadsChangeTheDirectory() {
    var w = world();
    var fixtures = new Fixtures(Api.at(base));
    for (String email : List.of(w.boardMemberA(), w.partnerA(), w.viewerA())) {
      var reply =
          as(email)
              .post(
                  "/api/organisations",
                  Fixtures.organisation(
                      "HEALTH",
                      fixtures.unique("NHS " + email),
                      "LONDON",
                      null,
                      List.of(w.serviceA())));
      assertEquals(403, reply.status(), email);
    }
    assertEquals(
        201,
        as(w.inspector())
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "YJS", fixtures.unique("Inspector's service"), "WALES", null, List.of()))
            .status());
    assertEquals(
        201,
        as(w.leadA())
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "EDUCATION",
                    fixtures.unique("School A"),
                    "LONDON",
                    null,
                    List.of(w.serviceA())))
            .status());
    assertEquals(
        403,
        as(w.leadA())
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "YJS", fixtures.unique("Lead's own service"), "LONDON", null, List.of()))
            .status());
    var elsewhere =
        as(w.leadA())
            .post(
                "/api/organisations",
                Fixtures.organisation(
                    "EDUCATION",
                    fixtures.unique("School B"),
                    "WALES",
                    null,
                    List.of(w.serviceB())));
    assertEquals(400, elsewhere.status());
    assertEquals("servesIds", elsewhere.firstErrorField());
  }

  @Test
  void anotherServicesOrganisationsAreNotFound() {
    var w = world();
    for (String email : List.of(w.leadA(), w.boardMemberA(), w.partnerA(), w.viewerA())) {
      assertEquals(200, as(email).get("/api/organisations/" + w.serviceA()).status(), email);
      var hidden = as(email).get("/api/organisations/" + w.serviceB());
      assertEquals(404, hidden.status(), email);
      assertEquals("application/problem+json", hidden.header("Content-Type"));
    }
    assertEquals(404, as(w.leadB()).get("/api/organisations/" + w.policeA()).status());
    var put =
        as(w.leadA())
            .put(
                "/api/organisations/" + w.serviceB(),
                Fixtures.organisation("YJS", "Taken over", "WALES", null, List.of()));
    assertEquals(404, put.status());
    assertEquals(200, as(w.inspector()).get("/api/organisations/" + w.serviceB()).status());
  }

  @Test
  void listsHoldOnlyTheCallersServices() {
    var w = world();
    var ids =
        as(w.viewerA()).get("/api/organisations?size=100").json().getJsonArray("items").stream()
            .map(o -> o.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    assertTrue(ids.containsAll(List.of(w.serviceA(), w.boardA(), w.policeA())), ids::toString);
    assertTrue(!ids.contains(w.serviceB()), ids::toString);
    var services = as(w.partnerA()).get("/api/organisations/services").array();
    assertEquals(1, services.size());
  }

  @Test
  void personalTokensWorkUntilRevoked() {
    var w = world();
    var created =
        as(w.viewerA())
            .post(
                "/api/me/tokens",
                Json.createObjectBuilder()
                    .add("name", "spreadsheet export")
                    .add("expiresInDays", 30)
                    .build());
    assertEquals(201, created.status(), created::toString);
    String token = created.json().getString("token");
    long id = created.json().getJsonObject("details").getJsonNumber("id").longValue();
    var me = Api.at(base).withToken(token).get("/api/me");
    assertEquals(200, me.status());
    assertEquals(w.viewerA(), me.json().getString("email"));
    var listed = as(w.viewerA()).get("/api/me/tokens").text();
    assertTrue(!listed.contains(token), "the token itself is never listed");
    assertEquals(
        404, as(w.leadA()).delete("/api/me/tokens/" + id).status(), "not someone else's token");
    assertEquals(200, as(w.viewerA()).delete("/api/me/tokens/" + id).status());
    assertEquals(401, Api.at(base).withToken(token).get("/api/me").status());
  }

  @Test
  void repeatedWrongPasswordsAreThrottled() {
    var fixtures = new Fixtures(Api.at(base));
    String email = fixtures.account("guessed", "VIEWER", world().serviceA());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, Api.at(base).as(email, "not-the-password-" + i).get("/api/me").status());
    }
    var throttled = Api.at(base).as(email, Api.PASSWORD).get("/api/me");
    assertEquals(429, throttled.status(), "even the right password waits");
    assertNotNull(throttled.header("Retry-After"));
    assertEquals(
        200, as(world().viewerA()).get("/api/me").status(), "other accounts are unaffected");
  }

  @Test
  void adminRulesForAccounts() {
    var w = world();
    var admin = Api.at(base).asAdmin();
    var duplicate = admin.post("/api/users", account(w.leadA(), "VIEWER", w.serviceA()));
    assertEquals(409, duplicate.status());
    assertEquals("email", duplicate.firstErrorField());
    var orphan =
        admin.post(
            "/api/users",
            Json.createObjectBuilder()
                .add("email", "orphan@tracker.test")
                .add("displayName", "Orphan")
                .add("roles", Json.createArrayBuilder().add("PARTNER"))
                .add("password", Api.PASSWORD)
                .build());
    assertEquals(400, orphan.status());
    assertEquals("organisationIds", orphan.firstErrorField());
    var weak =
        admin.post(
            "/api/users",
            account("weak@tracker.test", "VIEWER", w.serviceA()).entrySet().stream()
                .collect(
                    Json::createObjectBuilder,
                    (b, e) ->
                        b.add(
                            e.getKey(),
                            e.getKey().equals("password")
                                ? Json.createValue("short")
                                : e.getValue()),
                    (a, b) -> {})
                .build());
    assertEquals(400, weak.status());
    assertEquals("password", weak.firstErrorField());
    var me = admin.get("/api/me").json();
    var selfDeactivation =
        admin.put(
            "/api/users/" + me.getJsonNumber("id").longValue(),
            Json.createObjectBuilder()
                .add("email", Api.ADMIN_EMAIL)
                .add("displayName", "Admin")
                .add("roles", Json.createArrayBuilder().add("INSPECTORATE_ADMIN"))
                .add("active", false)
                .add("version", me.getJsonNumber("version").longValue())
                .build());
    assertEquals(400, selfDeactivation.status());
    assertEquals("active", selfDeactivation.firstErrorField());
  }

  @Test
  void aDeactivatedAccountCannotSignIn() {
    var fixtures = new Fixtures(Api.at(base));
    String email = fixtures.account("leaver", "VIEWER", world().serviceA());
    var admin = Api.at(base).asAdmin();
    var found =
        admin
            .get("/api/users?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    var body =
        Json.createObjectBuilder(account(email, "VIEWER", world().serviceA()))
            .remove("password")
            .add("active", false)
            .add("version", found.getJsonNumber("version").longValue())
            .build();
    assertEquals(
        200, admin.put("/api/users/" + found.getJsonNumber("id").longValue(), body).status());
    assertEquals(401, as(email).get("/api/me").status());
  }

  @Test
  void signInStartsASessionAndCookieCallsNeedTheCsrfToken() throws Exception {
    var browser = new Browser(base);
    var signInPage = browser.get("/signin");
    assertEquals(200, signInPage.statusCode());
    String csrf = csrf(signInPage.body());
    var wrong =
        browser.postForm(
            "/signin",
            Map.of("_csrf", csrf, "email", Api.ADMIN_EMAIL, "password", "wrong-password-x"));
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("govuk-error-summary"));
    var signedIn =
        browser.postForm(
            "/signin",
            Map.of(
                "_csrf",
                csrf(wrong.body()),
                "email",
                Api.ADMIN_EMAIL,
                "password",
                Api.ADMIN_PASSWORD,
                "next",
                "/organisations"));
    assertEquals(302, signedIn.statusCode());
    assertEquals(
        "/organisations",
        URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath());
    String cookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("TRACKER_SESSION"))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    var page = browser.get("/organisations");
    assertEquals(200, page.statusCode());
    String sessionCsrf = meta(page.body());
    assertEquals(200, browser.get("/api/me").statusCode());
    String body =
        Fixtures.organisation(
                "YJS",
                new Fixtures(Api.at(base)).unique("Cookie service"),
                "LONDON",
                null,
                List.of())
            .toString();
    assertEquals(403, browser.postJson("/api/organisations", body, null).statusCode(), "no token");
    assertEquals(
        403, browser.postJson("/api/organisations", body, "forged").statusCode(), "wrong token");
    assertEquals(
        201,
        browser
            .postJson(
                "/api/organisations",
                body.replace("Cookie service", "Cookie service 2"),
                sessionCsrf)
            .statusCode());
    var forgedSignOut = browser.postForm("/signout", Map.of("_csrf", "forged"));
    assertEquals(302, forgedSignOut.statusCode());
    assertEquals(200, browser.get("/api/me").statusCode(), "a forged sign-out does nothing");
    browser.postForm("/signout", Map.of("_csrf", sessionCsrf));
    assertEquals(401, browser.get("/api/me").statusCode());
  }

  @Test
  void pagesNeedSignInAndAdminPagesNeedAnAdmin() throws Exception {
    var anonymous = new Browser(base);
    var redirected = anonymous.get("/organisations/new");
    assertEquals(302, redirected.statusCode());
    assertTrue(
        redirected
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains("/signin?next=%2Forganisations%2Fnew"));
    var viewer = new Browser(base);
    String csrf = csrf(viewer.get("/signin").body());
    viewer.postForm(
        "/signin", Map.of("_csrf", csrf, "email", world().viewerA(), "password", Api.PASSWORD));
    assertEquals(200, viewer.get("/organisations").statusCode());
    assertEquals(403, viewer.get("/audit").statusCode());
    assertEquals(404, viewer.get("/organisations/12/nothing").statusCode());
  }

  private static jakarta.json.JsonObject account(String email, String role, long organisationId) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("displayName", "Someone")
        .add("roles", Json.createArrayBuilder().add(role))
        .add("organisationIds", Json.createArrayBuilder().add(organisationId))
        .add("password", Api.PASSWORD)
        .build();
  }

  private static String csrf(String html) {
    var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(matcher.find(), "the form carries a CSRF token");
    return matcher.group(1);
  }

  private static String meta(String html) {
    var matcher = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(html);
    assertTrue(matcher.find(), "the page carries a CSRF token");
    return matcher.group(1);
  }

  /** An HTTP client that keeps cookies, as a browser does. */
  static final class Browser {
    private final URI base;
    private final HttpClient client;

    Browser(URL base) throws Exception {
      this.base = base.toURI();
      this.client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields)
        throws IOException, InterruptedException {
      String form =
          fields.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .reduce((a, b) -> a + "&" + b)
              .orElse("");
      return client.send(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json, String csrf)
        throws IOException, InterruptedException {
      var request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      if (csrf != null) {
        request.header("X-CSRF-Token", csrf);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
