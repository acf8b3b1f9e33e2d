package org.yjtracker.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void personalTokensWorkUntilRevoked() throws Exception {
    var w = world();
    var session = SignedIn.as(base, w.viewerA(), Api.PASSWORD);
    var created =
        session.json(
            "POST", "/api/me/tokens", tokenRequest("spreadsheet export", 30, Api.PASSWORD));
    assertEquals(201, created.statusCode(), created::body);
    var json = json(created);
    String token = json.getString("token");
    long id = json.getJsonObject("details").getJsonNumber("id").longValue();
    Instant expires = Instant.parse(json.getJsonObject("details").getString("expiresAt"));
    assertTrue(
        expires.isAfter(Instant.now().plus(Duration.ofDays(29)))
            && expires.isBefore(Instant.now().plus(Duration.ofDays(31))),
        expires::toString);
    var me = Api.at(base).withToken(token).get("/api/me");
    assertEquals(200, me.status());
    assertEquals(w.viewerA(), me.json().getString("email"));
    var listed = as(w.viewerA()).get("/api/me/tokens").text();
    assertTrue(!listed.contains(token), "the token itself is never listed");
    assertEquals(
        404, as(w.leadA()).delete("/api/me/tokens/" + id).status(), "not someone else's token");
    assertEquals(200, as(w.viewerA()).delete("/api/me/tokens/" + id).status());
    assertEquals(
        401, Api.at(base).withToken(token).get("/api/me").status(), "revoking is immediate");
  }

  @Test
  void tokensAreMadeOnlyInASessionWithThePasswordAgainAndAlwaysExpire() throws Exception {
    var w = world();
    var body = tokenRequest("script", null, Api.PASSWORD);
    assertEquals(403, as(w.leadA()).post("/api/me/tokens", body).status(), "not with Basic");
    assertEquals(
        403,
        as(w.leadA()).post("/api/me/tokens", Json.createObjectBuilder().build()).status(),
        "refused before the body is checked");
    var session = SignedIn.as(base, w.leadA(), Api.PASSWORD);
    var noPassword =
        session.json("POST", "/api/me/tokens", Json.createObjectBuilder().add("name", "x").build());
    assertEquals(400, noPassword.statusCode());
    assertEquals("password", firstErrorField(noPassword));
    var wrongPassword =
        session.json("POST", "/api/me/tokens", tokenRequest("x", null, "not-my-password-at-all"));
    assertEquals(400, wrongPassword.statusCode());
    assertEquals("password", firstErrorField(wrongPassword));
    var tooLong = session.json("POST", "/api/me/tokens", tokenRequest("x", 91, Api.PASSWORD));
    assertEquals(400, tooLong.statusCode());
    assertEquals("expiresInDays", firstErrorField(tooLong));
    var created = session.json("POST", "/api/me/tokens", body);
    assertEquals(201, created.statusCode(), created::body);
    var json = json(created);
    Instant expires = Instant.parse(json.getJsonObject("details").getString("expiresAt"));
    assertTrue(
        expires.isAfter(Instant.now().plus(Duration.ofDays(89)))
            && expires.isBefore(Instant.now().plus(Duration.ofDays(91))),
        "the longest allowed by default, 90 days: " + expires);
    var byToken = Api.at(base).withToken(json.getString("token"));
    assertEquals(200, byToken.get("/api/me").status());
    assertEquals(
        403, byToken.post("/api/me/tokens", body).status(), "a token cannot make another token");
  }

  /**
   * Finding 5: parallel requests with one token collided on the once-a-minute "last used" write and
   * the losers answered 503. The tests' server writes "last used" on every request
   * (tracker.token.last.used.resolution.seconds=0 in arquillian.xml), so each of these 256 requests
   * is a last-used window of its own: far more writes, all racing for one row, than two minutes of
   * real use with once-a-minute bookkeeping.
   */
  @Test
  void aTokenUsedByManyParallelRequestsNeverFails() throws Exception {
    String email = new Fixtures(Api.at(base)).account("busy-script", "VIEWER", world().serviceA());
    var session = SignedIn.as(base, email, Api.PASSWORD);
    var created = session.json("POST", "/api/me/tokens", tokenRequest("busy", null, Api.PASSWORD));
    assertEquals(201, created.statusCode(), created::body);
    var json = json(created);
    var api = Api.at(base).withToken(json.getString("token"));
    long id = json.getJsonObject("details").getJsonNumber("id").longValue();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Instant firstUse = null;
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      for (int round = 0; round < 8; round++) {
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          replies.add(pool.submit(() -> api.get("/api/me").status()));
        }
        for (var reply : replies) {
          statuses.merge(reply.get(), 1, Integer::sum);
        }
        if (firstUse == null) {
          firstUse = lastUsed(session, id);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Map.of(200, 256), statuses, "every request answered, none refused");
    assertNotNull(firstUse, "the first round noted the token's use");
    assertTrue(lastUsed(session, id).isAfter(firstUse), "later rounds noted it again");
  }

  @Test
  void aPasswordChangeEndsTheOtherSessionsAndRevokesTheTokens() throws Exception {
    var fixtures = new Fixtures(Api.at(base));
    String email = fixtures.account("changer", "VIEWER", world().serviceA());
    var here = SignedIn.as(base, email, Api.PASSWORD);
    var there = SignedIn.as(base, email, Api.PASSWORD);
    var created = here.json("POST", "/api/me/tokens", tokenRequest("old", null, Api.PASSWORD));
    assertEquals(201, created.statusCode(), created::body);
    var token = Api.at(base).withToken(json(created).getString("token"));
    assertEquals(200, token.get("/api/me").status());
    assertEquals(200, as(email).get("/api/me").status(), "Basic, verified and now cached");
    String replacement = "quiet-lantern-orchard-72";
    var changed =
        here.json(
            "PUT",
            "/api/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", Api.PASSWORD)
                .add("newPassword", replacement)
                .build());
    assertEquals(204, changed.statusCode(), changed::body);
    assertEquals(200, here.get("/api/me").statusCode(), "the session that changed it carries on");
    assertEquals(401, there.get("/api/me").statusCode(), "every other session has ended");
    assertEquals(401, token.get("/api/me").status(), "tokens are revoked");
    assertEquals(401, as(email).get("/api/me").status(), "the cached Basic credential is dropped");
    assertEquals(200, Api.at(base).as(email, replacement).get("/api/me").status());

    var admin = Api.at(base).asAdmin();
    var found = user(admin, email);
    var reset =
        Json.createObjectBuilder(account(email, "VIEWER", world().serviceA()))
            .add("password", "second-lantern-orchard-93")
            .add("version", found.getJsonNumber("version").longValue())
            .build();
    assertEquals(
        200, admin.put("/api/users/" + found.getJsonNumber("id").longValue(), reset).status());
    assertEquals(401, here.get("/api/me").statusCode(), "an admin's reset ends this one too");
    assertEquals(401, Api.at(base).as(email, replacement).get("/api/me").status());
  }

  @Test
  void anAdminResettingTheirOwnPasswordKeepsThisSessionOnly() throws Exception {
    String email = new Fixtures(Api.at(base)).account("second-admin", "INSPECTORATE_ADMIN");
    var here = SignedIn.as(base, email, Api.PASSWORD);
    var there = SignedIn.as(base, email, Api.PASSWORD);
    var me = json(here.get("/api/me"));
    var reset =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", "Second admin")
            .add("roles", Json.createArrayBuilder().add("INSPECTORATE_ADMIN"))
            .add("password", "third-lantern-orchard-31")
            .add("version", me.getJsonNumber("version").longValue())
            .build();
    var updated = here.json("PUT", "/api/users/" + me.getJsonNumber("id").longValue(), reset);
    assertEquals(200, updated.statusCode(), updated::body);
    assertEquals(200, here.get("/api/me").statusCode());
    assertEquals(401, there.get("/api/me").statusCode());
  }

  @Test
  void aWrongCurrentPasswordIsThrottledLikeSignIn() {
    String email = new Fixtures(Api.at(base)).account("forgetful", "VIEWER", world().serviceA());
    var api = as(email);
    assertEquals(200, api.get("/api/me").status());
    for (int i = 0; i < 5; i++) {
      var wrong = api.put("/api/me/password", passwordChange("not-it-either-" + i));
      assertEquals(400, wrong.status(), wrong::toString);
      assertEquals("currentPassword", wrong.firstErrorField());
    }
    var throttled = api.put("/api/me/password", passwordChange(Api.PASSWORD));
    assertEquals(429, throttled.status(), throttled::toString);
    assertEquals("application/problem+json", throttled.header("Content-Type"));
    assertNotNull(throttled.header("Retry-After"));
  }

  /**
   * Finding 10: five failures used to lock the right password out from everywhere. Now the
   * guesser's address waits, and the owner, elsewhere, signs in. The requests leave from other
   * loopback addresses (127.0.0.2, 127.0.0.3), which the server sees as other clients.
   */
  @Test
  void aGuesserIsThrottledButTheOwnerElsewhereSignsIn() throws Exception {
    var fixtures = new Fixtures(Api.at(base));
    String email = fixtures.account("guessed", "VIEWER", world().serviceA());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, rawGet("127.0.0.3", "/api/me", basic(email, "not-the-password-" + i)));
    }
    assertEquals(
        429,
        rawGet("127.0.0.3", "/api/me", basic(email, Api.PASSWORD)),
        "from the guesser's address even the right password waits");
    assertEquals(
        200, rawGet("127.0.0.2", "/api/me", basic(email, Api.PASSWORD)), "the owner elsewhere");
    assertEquals(200, as(email).get("/api/me").status(), "and from the usual address");
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
    var found = user(admin, email);
    var body =
        Json.createObjectBuilder(account(email, "VIEWER", world().serviceA()))
            .remove("password")
            .add("active", false)
            .add("version", found.getJsonNumber("version").longValue())
            .build();
    assertEquals(200, as(email).get("/api/me").status(), "signed in, Basic now cached");
    assertEquals(
        200, admin.put("/api/users/" + found.getJsonNumber("id").longValue(), body).status());
    assertEquals(401, as(email).get("/api/me").status(), "deactivation takes effect at once");
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

  /** The account with this email address, as the admin's users API lists it. */
  private static jakarta.json.JsonObject user(Api admin, String email) {
    return admin
        .get("/api/users?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
        .json()
        .getJsonArray("items")
        .getJsonObject(0);
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

  private static jakarta.json.JsonObject tokenRequest(
      String name, Integer expiresInDays, String password) {
    var body = Json.createObjectBuilder().add("name", name).add("password", password);
    if (expiresInDays != null) {
      body.add("expiresInDays", expiresInDays);
    }
    return body.build();
  }

  private static jakarta.json.JsonObject passwordChange(String current) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", "another-lantern-orchard-55")
        .build();
  }

  private static jakarta.json.JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String firstErrorField(HttpResponse<String> response) {
    return json(response).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static Instant lastUsed(SignedIn session, long tokenId) throws Exception {
    var tokens =
        Json.createReader(new StringReader(session.get("/api/me/tokens").body())).readArray();
    return tokens.stream()
        .map(t -> t.asJsonObject())
        .filter(t -> t.getJsonNumber("id").longValue() == tokenId)
        .findFirst()
        .filter(t -> !t.isNull("lastUsedAt"))
        .map(t -> Instant.parse(t.getString("lastUsedAt")))
        .orElse(null);
  }

  private static String basic(String email, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Behind a trusted reverse proxy (the test server trusts it) every request comes from the proxy:
   * the client is the address the proxy appends to X-Forwarded-For, so one client's guessing does
   * not hold up everybody else behind the same proxy.
   */
  @Test
  void behindATrustedProxyTheForwardedClientIsThrottledNotTheProxy() throws Exception {
    var fixtures = new Fixtures(Api.at(base));
    String email = fixtures.account("proxied", "VIEWER", world().serviceA());
    String guesser = "X-Forwarded-For: 198.51.100.1, 203.0.113.7";
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401, rawGet("127.0.0.4", "/api/me", basic(email, "not-the-password-" + i), guesser));
    }
    assertEquals(
        429,
        rawGet("127.0.0.4", "/api/me", basic(email, Api.PASSWORD), guesser),
        "the guessing client waits");
    assertEquals(
        200,
        rawGet("127.0.0.4", "/api/me", basic(email, Api.PASSWORD), "X-Forwarded-For: 203.0.113.8"),
        "the owner through the same proxy signs in");
  }

  private int rawGet(String fromAddress, String path, String authorization) throws IOException {
    return rawGet(fromAddress, path, authorization, null);
  }

  /**
   * The status of a GET sent from the given loopback address, so the server sees another client.
   */
  private int rawGet(String fromAddress, String path, String authorization, String extraHeader)
      throws IOException {
    try (var socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"),
            base.getPort(),
            InetAddress.getByName(fromAddress),
            0)) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + base.getPort()
                  + "\r\nAuthorization: "
                  + authorization
                  + (extraHeader == null ? "" : "\r\n" + extraHeader)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertNotNull(statusLine, "an answer from " + fromAddress);
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
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

  /** A browser signed in on the sign-in page, with its session's CSRF token for API calls. */
  record SignedIn(Browser browser, String csrf) {

    static SignedIn as(URL base, String email, String password) throws Exception {
      var browser = new Browser(base);
      var signedIn =
          browser.postForm(
              "/signin",
              Map.of(
                  "_csrf",
                  AccessIT.csrf(browser.get("/signin").body()),
                  "email",
                  email,
                  "password",
                  password));
      assertEquals(302, signedIn.statusCode(), signedIn::body);
      return new SignedIn(browser, AccessIT.meta(browser.get("/organisations").body()));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return browser.get(path);
    }

    HttpResponse<String> json(String method, String path, jakarta.json.JsonObject body)
        throws IOException, InterruptedException {
      return browser.sendJson(method, path, body.toString(), csrf);
    }
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
      return sendJson("POST", path, json, csrf);
    }

    HttpResponse<String> sendJson(String method, String path, String json, String csrf)
        throws IOException, InterruptedException {
      var request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json));
      if (csrf != null) {
        request.header("X-CSRF-Token", csrf);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
