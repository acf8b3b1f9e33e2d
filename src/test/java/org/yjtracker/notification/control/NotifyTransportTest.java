package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yjtracker.notification.entity.OutgoingMail;

/**
 * The real Notify client against a local stand-in for Notify's API: what it sends, and what its
 * answers become.
 */
class NotifyTransportTest {

  private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  private static final String API_KEY = "tracker_test-" + SERVICE_ID + "-" + SECRET;
  private static final String DIGEST_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
  private static final String REMINDER_TEMPLATE = "a1b2c3d4-2a88-4f6e-b855-c550268ce08a";
  private static final String NOTIFICATION_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";

  private static final OutgoingMail DIGEST =
      new OutgoingMail(
          42,
          "lead@bexley.example",
          "Your actions this week",
          "1 action is overdue: https://tracker.example/actions/7",
          "<p>html is not sent to Notify</p>",
          "https://tracker.example/unsubscribe/abc.def",
          true);

  private HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private record Request(String method, String path, String authorization, String body) {}

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void sendsTheDigestTemplateWithSubjectBodyAndUnsubscribeLinkAndReturnsNotifysId()
      throws Exception {
    var transport = new NotifyTransport(settings(notify(201, created())));

    String id = transport.send(DIGEST);

    assertEquals(NOTIFICATION_ID, id);
    assertEquals(1, requests.size());
    Request request = requests.get(0);
    assertEquals("POST", request.method());
    assertEquals("/v2/notifications/email", request.path());
    var json = new JSONObject(request.body());
    assertEquals(DIGEST_TEMPLATE, json.getString("template_id"));
    assertEquals("lead@bexley.example", json.getString("email_address"));
    assertEquals("tracker-mail-42", json.getString("reference"));
    JSONObject personalisation = json.getJSONObject("personalisation");
    assertEquals(
        Map.of(
            "subject", DIGEST.subject(),
            "body", DIGEST.text(),
            "unsubscribe_url", DIGEST.unsubscribeUrl()),
        personalisation.toMap());
    assertEquals(DIGEST.unsubscribeUrl(), json.getString("one_click_unsubscribe_url"));
    assertSignedWithTheKeysSecret(request.authorization());
  }

  @Test
  void aMailAboutOneThingUsesTheReminderTemplate() throws Exception {
    var transport = new NotifyTransport(settings(notify(201, created())));
    var reminder = new OutgoingMail(5, "x@y.example", "Overdue", "Body", null, null, false);

    transport.send(reminder);

    var json = new JSONObject(requests.get(0).body());
    assertEquals(REMINDER_TEMPLATE, json.getString("template_id"));
    assertEquals("", json.getJSONObject("personalisation").getString("unsubscribe_url"));
    assertFalse(json.has("one_click_unsubscribe_url"));
  }

  @Test
  void aBadRequestIsPermanent() throws Exception {
    var transport =
        new NotifyTransport(
            settings(
                notify(
                    400,
                    "{\"status_code\":400,\"errors\":[{\"error\":\"BadRequestError\","
                        + "\"message\":\"Missing personalisation: body\"}]}")));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(DIGEST));
    assertTrue(failure.permanent(), failure.getMessage());
    assertTrue(failure.getMessage().contains("400"), failure.getMessage());
  }

  @Test
  void aKeyNotifyRefusesIsPermanent() throws Exception {
    var transport =
        new NotifyTransport(
            settings(
                notify(
                    403,
                    "{\"status_code\":403,\"errors\":[{\"error\":\"AuthError\","
                        + "\"message\":\"Invalid token: API key not found\"}]}")));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(DIGEST));
    assertTrue(failure.permanent(), failure.getMessage());
  }

  @Test
  void aServerErrorOrTheRateLimitIsRetried() throws Exception {
    for (int status : new int[] {500, 429}) {
      var transport =
          new NotifyTransport(
              settings(
                  notify(
                      status,
                      "{\"status_code\":"
                          + status
                          + ",\"errors\":[{\"error\":\"Error\",\"message\":\"later\"}]}")));
      MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(DIGEST));
      assertFalse(failure.permanent(), status + ": " + failure.getMessage());
      server.stop(0);
    }
  }

  @Test
  void noAnswerAtAllIsRetried() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    var transport = new NotifyTransport(settings("http://127.0.0.1:" + closedPort));
    MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(DIGEST));
    assertFalse(failure.permanent(), failure.getMessage());
  }

  @Test
  void aNotifyThatNeverAnswersTimesOutAndIsRetried() throws Exception {
    try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var transport =
          new NotifyTransport(
              settings("http://127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(500));
      long start = System.nanoTime();
      MailFailure failure = assertThrows(MailFailure.class, () -> transport.send(DIGEST));
      assertFalse(failure.permanent(), failure.getMessage());
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "no timeout");
    }
  }

  @Test
  void aMalformedKeyFailsAtStartWithoutShowingTheKey() {
    var settings =
        MailSettings.of(
            Map.of(
                "mail.transport",
                "notify",
                "notify.api.key",
                "secret-but-short",
                "notify.template.digest",
                DIGEST_TEMPLATE,
                "notify.template.reminder",
                REMINDER_TEMPLATE));
    var e = assertThrows(IllegalArgumentException.class, () -> new NotifyTransport(settings));
    assertTrue(e.getMessage().contains("NOTIFY_API_KEY"), e.getMessage());
    assertFalse(e.getMessage().contains("secret-but-short"), e.getMessage());
  }

  @Test
  void describesItself() throws Exception {
    assertEquals("GOV.UK Notify", new NotifyTransport(settings("http://127.0.0.1:1")).describe());
  }

  /** Notify's API key signs a JWT (HS256) whose issuer is the service id. */
  private static void assertSignedWithTheKeysSecret(String authorization) throws Exception {
    assertNotNull(authorization, "no Authorization header");
    assertTrue(authorization.startsWith("Bearer "), authorization);
    String[] jwt = authorization.substring("Bearer ".length()).split("\\.");
    assertEquals(3, jwt.length, authorization);
    var payload =
        new JSONObject(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8));
    assertEquals(SERVICE_ID, payload.getString("iss"));
    var mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                mac.doFinal((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII)));
    assertEquals(expected, jwt[2], "the JWT is not signed with the key's secret");
  }

  /** A stand-in for Notify's API answering every request with this status and body. */
  private String notify(int status, String answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (var out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Notify's answer to a sent e-mail (201 Created), as its API documentation shows it. */
  private static String created() {
    return new JSONObject()
        .put("id", NOTIFICATION_ID)
        .put("reference", "tracker-mail-42")
        .put(
            "content",
            new JSONObject()
                .put("subject", "Your actions this week")
                .put("body", "1 action is overdue")
                .put("from_email", "tracker@notifications.service.gov.uk"))
        .put("uri", "https://api.notifications.service.gov.uk/v2/notifications/" + NOTIFICATION_ID)
        .put(
            "template",
            new JSONObject()
                .put("id", DIGEST_TEMPLATE)
                .put("version", 1)
                .put(
                    "uri",
                    "https://api.notifications.service.gov.uk/v2/template/" + DIGEST_TEMPLATE))
        .toString();
  }

  private static MailSettings settings(String baseUrl) {
    return MailSettings.of(
        Map.of(
            "mail.transport", "notify",
            "notify.api.key", API_KEY,
            "notify.template.digest", DIGEST_TEMPLATE,
            "notify.template.reminder", REMINDER_TEMPLATE,
            "notify.base.url", baseUrl));
  }
}
