package org.yjtracker.reportimport.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.reportimport.control.PdfFixture;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.PublishedReports;

/** Report import over HTTP against MariaDB: upload, review, correct, confirm, and refusals. */
@ExtendWith(ArquillianExtension.class)
class ImportsApiIT {

  static final String TEXT = "text/plain; charset=utf-8";

  @ArquillianResource URL base;

  private Api admin() {
    return Api.at(base).asAdmin();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bexley-2024",
        "sandwell-2014",
        "solihull-2023",
        "suffolk-2023",
        "wolverhampton-2022"
      })
  void eachPublishedReportImportsToItsExpectedDraftAndConfirmsAsAnInspection(String report) {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service(report + " import", "LONDON");
    JsonObject expected = PublishedReports.expected(report);
    var uploaded = admin().upload("/api/imports", unique(text(report)), TEXT);
    assertEquals(201, uploaded.status(), uploaded::toString);
    JsonObject draft = uploaded.json();
    assertTrue(uploaded.header("Location").endsWith("/api/imports/" + draft.getInt("id")));
    for (String field :
        List.of(
            "framework",
            "service",
            "local_authority",
            "published",
            "fieldwork_start",
            "score",
            "overall",
            "standards")) {
      assertEquals(expected.get(field), draft.get(field), report + " " + field);
    }
    if (expected.containsKey("key_questions_percent_yes")) {
      assertEquals(
          expected.get("key_questions_percent_yes"), draft.get("key_questions_percent_yes"));
    }
    assertEquals(
        expected.getJsonArray("recommendations").size(),
        draft.getJsonArray("recommendations").size());
    assertEquals("DRAFT", draft.getString("status"));
    if (!expected.isNull("score")) {
      int line = draft.getJsonObject("source_lines").getInt("score");
      assertNotNull(draft.getJsonObject("source_text").getString(String.valueOf(line)));
    }

    var confirmed =
        admin()
            .post(
                "/api/imports/" + draft.getInt("id") + "/confirm",
                Json.createObjectBuilder()
                    .add("serviceId", service)
                    .add("version", draft.getInt("version"))
                    .build());
    assertEquals(201, confirmed.status(), confirmed::toString);
    assertTrue(confirmed.header("Location").endsWith("/api/inspections/" + confirmed.id()));
    JsonObject inspection = admin().get("/api/inspections/" + confirmed.id()).json();
    assertEquals(
        List.of(), inspection.getJsonArray("disagreements").getValuesAs(JsonObject.class), report);
    assertEquals(expected.get("score"), inspection.get("computedScore"));
    assertEquals(
        expected.getJsonArray("recommendations").size(),
        inspection.getJsonArray("recommendations").size());
    assertEquals(expected.getString("published"), inspection.getString("published"));
    JsonObject after = admin().get("/api/imports/" + draft.getInt("id")).json();
    assertEquals("CONFIRMED", after.getString("status"));
    assertEquals(confirmed.id(), after.getInt("inspection_id"));
  }

  @Test
  void aPdfOfAReportImportsToTheSameDraftAsItsText() {
    String text = new String(unique(text("wolverhampton-2022")), StandardCharsets.UTF_8);
    JsonObject fromText =
        admin().upload("/api/imports", text.getBytes(StandardCharsets.UTF_8), TEXT).json();
    var fromPdf = admin().upload("/api/imports", new PdfFixture().pdfOf(text), "application/pdf");
    assertEquals(201, fromPdf.status(), fromPdf::toString);
    assertEquals("PDF", fromPdf.json().getString("source_type"));
    for (String field :
        List.of(
            "service",
            "published",
            "score",
            "overall",
            "standards",
            "key_questions_percent_yes",
            "professional_discretion")) {
      assertEquals(fromText.get(field), fromPdf.json().get(field), field);
    }
  }

  @Test
  void a2025ReportsWebPageImportsWithItsKindAndAWarningAndConfirmsAsThatKind() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Hounslow web page import", "LONDON");
    var uploaded = admin().upload("/api/imports", page2025(), "text/html; charset=utf-8");
    assertEquals(201, uploaded.status(), uploaded::toString);
    JsonObject draft = uploaded.json();
    assertEquals("HTML", draft.getString("source_type"));
    assertEquals("HMIP_YJ_2025", draft.getString("framework"));
    assertEquals("work with children and victims", draft.getString("kind"));
    assertEquals("Hounslow YJS", draft.getString("service"));
    assertEquals("REQUIRES_IMPROVEMENT", draft.getString("overall"));
    assertTrue(draft.isNull("published"), draft::toString);
    assertEquals(
        Json.createObjectBuilder()
            .add("2.1", "REQUIRES_IMPROVEMENT")
            .add("2.2", "GOOD")
            .add("2.3", "REQUIRES_IMPROVEMENT")
            .add("V1", "GOOD")
            .build(),
        draft.getJsonObject("standards"));
    assertEquals(3, draft.getJsonArray("recommendations").size());
    assertTrue(
        draft.getJsonArray("warnings").getJsonObject(0).getString("message").contains("Published"),
        draft::toString);
    // The page's text is what was kept: the warning's line is the "Published:" line.
    int line = draft.getJsonArray("warnings").getJsonObject(0).getInt("line");
    assertEquals("Published:", draft.getJsonObject("source_text").getString(String.valueOf(line)));

    // The kind can be corrected, and only to a kind.
    String id = "/api/imports/" + draft.getInt("id");
    var wrongKind = admin().put(id, Json.createObjectBuilder(draft).add("kind", "mixed").build());
    assertProblem(wrongKind, 400);
    assertTrue(wrongKind.toString().contains("kind"), wrongKind::toString);
    var corrected =
        admin()
            .put(
                id,
                Json.createObjectBuilder(draft)
                    .add("kind", "youth justice services")
                    .add("published", "2026-01-27")
                    .build());
    assertEquals(200, corrected.status(), corrected::toString);
    assertEquals("youth justice services", corrected.json().getString("kind"));

    var confirmed =
        admin()
            .post(
                id + "/confirm",
                Json.createObjectBuilder()
                    .add("serviceId", service)
                    .add("version", corrected.json().getInt("version"))
                    .add(
                        "owners",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("number", 1)
                                    .add("ownerIds", Json.createArrayBuilder().add(service)))
                            .add(
                                Json.createObjectBuilder()
                                    .add("number", 2)
                                    .add("ownerIds", Json.createArrayBuilder().add(service)))
                            .add(
                                Json.createObjectBuilder()
                                    .add("number", 3)
                                    .add("ownerIds", Json.createArrayBuilder().add(service))))
                    .build());
    assertEquals(201, confirmed.status(), confirmed::toString);
    JsonObject inspection = admin().get("/api/inspections/" + confirmed.id()).json();
    assertEquals("YOUTH_JUSTICE_SERVICES", inspection.getString("kind"), inspection::toString);
    assertEquals("HMIP_YJ_2025", inspection.getJsonObject("framework").getString("code"));
  }

  @Test
  void aWebPageTooLargeOrBrokenIsA4xx() {
    Api admin = admin();
    byte[] large =
        ("<html><body><p>" + "a ".repeat(2_600_000) + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    var tooLarge = admin.upload("/api/imports", large, "text/html");
    assertProblem(tooLarge, 413);
    assertProblem(
        admin.upload(
            "/api/imports",
            "<html><div><table><tr><td>\u0000<<>>&&#xFFFFFF;</b></i></html></html><p"
                .getBytes(StandardCharsets.UTF_8),
            "text/html"),
        422);
  }

  @Test
  void aReportAlreadyRecordedIsRefusedNamingTheInspection() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Twice imported", "LONDON");
    byte[] report = unique(text("suffolk-2023"));
    JsonObject draft = admin().upload("/api/imports", report, TEXT).json();
    var confirmed =
        admin()
            .post(
                "/api/imports/" + draft.getInt("id") + "/confirm",
                Json.createObjectBuilder().add("serviceId", service).build());
    assertEquals(201, confirmed.status(), confirmed::toString);
    var again = admin().upload("/api/imports", report, TEXT);
    assertEquals(409, again.status(), again::toString);
    assertEquals(confirmed.id(), again.json().getJsonObject("current").getInt("inspectionId"));
    assertTrue(again.json().getString("detail").contains(String.valueOf(confirmed.id())));
    var confirmTwice =
        admin()
            .post(
                "/api/imports/" + draft.getInt("id") + "/confirm",
                Json.createObjectBuilder().add("serviceId", service).build());
    assertEquals(409, confirmTwice.status(), confirmTwice::toString);
  }

  @Test
  void correctionsAreKeptAndConfirmedWithNewOwnersInOneTransaction() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Corrected import", "LONDON");
    JsonObject draft = admin().upload("/api/imports", unique(text("bexley-2024")), TEXT).json();
    String id = "/api/imports/" + draft.getInt("id");
    JsonObject corrected =
        Json.createObjectBuilder(draft)
            .add("published", "2024-07-18")
            .add("overall", "REQUIRES_IMPROVEMENT")
            .build();
    var saved = admin().put(id, corrected);
    assertEquals(200, saved.status(), saved::toString);
    assertEquals("2024-07-18", saved.json().getString("published"));
    assertEquals(draft.get("source_lines"), saved.json().get("source_lines"));
    assertEquals(
        400,
        admin()
            .put(id, Json.createObjectBuilder(saved.json()).add("overall", "SUPERB").build())
            .status());

    // A bad draft refuses the whole confirmation: the new owner is not added either.
    String board = fixtures.unique("Imported board");
    JsonObject broken =
        Json.createObjectBuilder(saved.json())
            .add("standards", Json.createObjectBuilder().add("9.9", "GOOD"))
            .build();
    var brokenSaved = admin().put(id, broken);
    assertEquals(200, brokenSaved.status(), brokenSaved::toString);
    var refused = admin().post(id + "/confirm", confirmation(service, board));
    assertEquals(400, refused.status(), refused::toString);
    assertEquals(0, admin().get("/api/organisations?q=" + encode(board)).json().getInt("total"));

    JsonObject repaired =
        Json.createObjectBuilder(saved.json())
            .add("version", brokenSaved.json().getInt("version"))
            .build();
    assertEquals(200, admin().put(id, repaired).status());
    var confirmed = admin().post(id + "/confirm", confirmation(service, board));
    assertEquals(201, confirmed.status(), confirmed::toString);
    JsonObject inspection = confirmed.json();
    assertEquals("2024-07-18", inspection.getString("published"));
    assertEquals("REQUIRES_IMPROVEMENT", inspection.getString("publishedOverall"));
    assertEquals(
        "OVERALL_DIFFERS",
        inspection.getJsonArray("disagreements").getJsonObject(0).getString("kind"));
    JsonObject first = inspection.getJsonArray("recommendations").getJsonObject(0);
    assertEquals(board, first.getJsonArray("owners").getJsonObject(0).getString("name"));
    JsonObject added =
        admin()
            .get("/api/organisations?q=" + encode(board))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(service, added.getJsonObject("boardOf").getInt("id"));
  }

  @Test
  void suggestsOwnersFromTheServicesBoardAndPartners() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Suggested owners", "EAST_OF_ENGLAND");
    long board = fixtures.board("Suggested board", service);
    long police = fixtures.partner("POLICE", "Suggested police", service);
    JsonObject draft = admin().upload("/api/imports", unique(text("suffolk-2023")), TEXT).json();
    JsonObject suggested =
        admin().get("/api/imports/" + draft.getInt("id") + "?serviceId=" + service).json();
    var owners = suggested.getJsonArray("owner_suggestions").getValuesAs(JsonObject.class);
    assertEquals(service, owners.get(0).getJsonArray("candidates").getJsonObject(0).getInt("id"));
    assertEquals(police, owners.get(4).getJsonArray("candidates").getJsonObject(0).getInt("id"));
    JsonObject six = owners.get(5);
    assertEquals(board, six.getJsonArray("candidates").getJsonObject(0).getInt("id"));
    assertEquals("PCC", six.getJsonArray("proposed").getJsonObject(0).getString("kind"));
  }

  @Test
  void refusesWhatIsNotAReportWithoutA500() {
    Api admin = admin();
    assertProblem(admin.upload("/api/imports", new byte[0], TEXT), 422);
    assertProblem(
        admin.upload(
            "/api/imports",
            "<html><body><h1>Welcome</h1></body></html>".getBytes(StandardCharsets.UTF_8),
            TEXT),
        422);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    assertProblem(admin.upload("/api/imports", binary, TEXT), 422);
    assertProblem(admin.upload("/api/imports", binary, "application/pdf"), 422);
    assertProblem(
        admin.upload("/api/imports", "{}".getBytes(StandardCharsets.UTF_8), "application/json"),
        415);
    byte[] tooLarge = new byte[21 * 1024 * 1024];
    Arrays.fill(tooLarge, (byte) 'a');
    var large = admin.upload("/api/imports", tooLarge, TEXT);
    assertProblem(large, 413);
    assertTrue(large.json().getString("detail").contains("20 MB"), large::toString);
  }

  @Test
  void onlyTheInspectorateImports() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Import access", "LONDON");
    Api lead = Api.at(base).as(fixtures.account("lead", "SERVICE_LEAD", service), Api.PASSWORD);
    assertEquals(403, lead.upload("/api/imports", unique(text("bexley-2024")), TEXT).status());
    JsonObject draft = admin().upload("/api/imports", unique(text("bexley-2024")), TEXT).json();
    assertEquals(403, lead.get("/api/imports/" + draft.getInt("id")).status());
    assertEquals(401, Api.at(base).anonymous().get("/api/imports/" + draft.getInt("id")).status());
    Api inspector = Api.at(base).as(fixtures.account("inspector", "INSPECTOR"), Api.PASSWORD);
    assertEquals(200, inspector.get("/api/imports/" + draft.getInt("id")).status());
    assertEquals(404, inspector.get("/api/imports/999999999").status());
  }

  private static JsonObject confirmation(long service, String boardName) {
    return Json.createObjectBuilder()
        .add("serviceId", service)
        .add(
            "owners",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("number", 1)
                        .add(
                            "create",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("kind", "MANAGEMENT_BOARD")
                                        .add("name", boardName)))))
        .build();
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertEquals(status, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"), reply::toString);
  }

  /** The report with a line of its own added, so each test's upload is a different document. */
  private static byte[] unique(String text) {
    return (text + "\n\nCopy " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The web page of a 2025 report, with a line of its own. */
  static byte[] page2025() {
    try (InputStream in =
        ImportsApiIT.class.getResourceAsStream("/reports/html/hounslow-2026-page.html")) {
      String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return page.replace("<!-- copy -->", "<p>Copy " + UUID.randomUUID() + "</p>")
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String report) {
    try (InputStream in = ImportsApiIT.class.getResourceAsStream("/reports/" + report + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
