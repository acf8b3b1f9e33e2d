package org.yjtracker.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Inspections2025;
import org.yjtracker.testsupport.TestClock;

/**
 * Dashboards against known data made through the API: three services, one inspected twice with a
 * plan, actions and updates (one corrected); exact counts, filters, sorting, paging, who may see
 * what, and the exports read back.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardApiIT {

  @ArquillianResource URL base;

  /** What a test made: the services, their people, and the text that finds only them. */
  record World(
      String tag,
      long alpha,
      long beta,
      long gamma,
      long betaInspection,
      Api inspector,
      String inspectorEmail,
      Api lead,
      Api betaPartner,
      Api admin) {}

  @Test
  void serviceDashboardCountsWhatThePlanSays() {
    World w = world();
    JsonObject d = ok(w.lead().get("/api/services/" + w.alpha() + "/dashboard"));
    assertEquals("REQUIRES_IMPROVEMENT", d.getJsonObject("latest").getString("overall"));
    assertEquals(17, d.getJsonObject("latest").getInt("score"));
    assertEquals("2023-12", d.getJsonObject("latest").getString("published"));
    assertEquals("GOOD", d.getJsonObject("previous").getString("overall"));
    assertEquals(28, d.getJsonObject("previous").getInt("score"));
    JsonObject governance = d.getJsonArray("standards").getJsonObject(0);
    assertEquals("1.1", governance.getString("code"));
    assertEquals("REQUIRES_IMPROVEMENT", governance.getString("latest"));
    assertEquals("GOOD", governance.getString("previous"));
    assertEquals(13, d.getJsonArray("standards").size());

    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    assertEquals(
        ChronoUnit.DAYS.between(LocalDate.parse("2023-12-01"), today),
        d.getJsonNumber("daysSincePublication").longValue());
    JsonObject plan = d.getJsonObject("plan");
    assertEquals("SUBMITTED", plan.getString("status"));
    assertEquals("SUBMITTED_LATE", plan.getString("stage"));
    assertTrue(plan.getBoolean("late"));
    assertEquals("2024-01-26", plan.getString("dueDate"));
    assertEquals(today.toString(), plan.getString("submittedOn"));
    assertEquals(
        ChronoUnit.DAYS.between(today, LocalDate.parse("2024-01-26")),
        plan.getJsonNumber("daysToDue").longValue());

    JsonObject recs = d.getJsonObject("recommendations");
    assertEquals(2, recs.getInt("OPEN"));
    assertEquals(1, recs.getInt("IN_PROGRESS"));
    assertEquals(1, recs.getInt("IMPLEMENTED"));
    assertEquals(1, recs.getInt("CLOSED_NOT_IMPLEMENTED"));
    assertEquals(5, d.getInt("recommendationCount"));

    JsonObject actions = d.getJsonObject("actions");
    assertEquals(4, actions.getInt("total"));
    assertEquals(1, actions.getInt("cancelled"));
    // The corrected update (red) no longer counts: its correction (green) does.
    assertEquals(0, actions.getJsonObject("rag").getInt("red"));
    assertEquals(0, actions.getJsonObject("rag").getInt("amber"));
    assertEquals(2, actions.getJsonObject("rag").getInt("green"));
    assertEquals(1, actions.getJsonObject("rag").getInt("noUpdate"));
    assertEquals(1, actions.getJsonObject("flags").getInt("overdue"));
    assertEquals(1, actions.getJsonObject("flags").getInt("stale"));

    var progress = d.getJsonArray("progress").getValuesAs(JsonObject.class);
    assertEquals("2023-12", progress.get(0).getString("month"));
    assertEquals(0, progress.get(0).getInt("actions"));
    assertEquals(
        ChronoUnit.MONTHS.between(
                java.time.YearMonth.parse("2023-12"), java.time.YearMonth.from(today))
            + 1,
        progress.size());
    // The action backdated to January 2025 is there from then on, with no update yet.
    JsonObject january =
        progress.stream().filter(m -> m.getString("month").equals("2025-01")).findFirst().get();
    assertEquals(1, january.getInt("actions"));
    assertEquals(1, january.getInt("noUpdate"));
    assertEquals(0, january.getJsonNumber("averagePercent").intValue());
    JsonObject now = progress.get(progress.size() - 1);
    assertEquals(3, now.getInt("actions"));
    assertEquals(2, now.getInt("green"));
    assertEquals(1, now.getInt("noUpdate"));
    // (30 corrected + 100 + 0) / 3
    assertEquals("43.3", now.getJsonNumber("averagePercent").bigDecimalValue().toPlainString());

    // The service without a plan yet.
    JsonObject beta = ok(w.inspector().get("/api/services/" + w.beta() + "/dashboard"));
    assertEquals(JsonValue.NULL, beta.get("plan"));
    assertEquals(JsonValue.NULL, beta.get("previous"));
    assertEquals(5, beta.getJsonObject("recommendations").getInt("OPEN"));

    // Whoever may read the service reads its dashboard; a partner of another service may not.
    assertEquals(200, w.betaPartner().get("/api/services/" + w.beta() + "/dashboard").status());
    assertEquals(404, w.betaPartner().get("/api/services/" + w.alpha() + "/dashboard").status());
    assertEquals(401, Api.at(base).get("/api/services/" + w.alpha() + "/dashboard").status());
  }

  @Test
  void nationalTableCountsFiltersSortsAndPages() {
    World w = world();
    String q = "&q=" + w.tag();
    JsonObject all = ok(w.inspector().get("/api/dashboard?sort=service" + q));
    assertEquals(3, all.getJsonObject("rows").getInt("total"));
    assertEquals("service", all.getString("sort"));
    var rows = all.getJsonObject("rows").getJsonArray("items").getValuesAs(JsonObject.class);
    JsonObject alpha = rows.get(0);
    assertEquals(w.alpha(), alpha.getJsonNumber("serviceId").longValue());
    assertEquals("LONDON", alpha.getString("region"));
    assertEquals("HMIP_YJ_2018", alpha.getString("framework"));
    assertEquals("2023-12", alpha.getString("published"));
    assertEquals("REQUIRES_IMPROVEMENT", alpha.getString("overall"));
    assertEquals(17, alpha.getInt("score"));
    assertEquals("SUBMITTED_LATE", alpha.getString("planStage"));
    assertTrue(alpha.getBoolean("planLate"));
    // The same counts as the service's own dashboard.
    assertEquals(3, alpha.getInt("openRecommendations"));
    assertEquals(1, alpha.getInt("implementedRecommendations"));
    assertEquals(1, alpha.getInt("overdueActions"));
    assertEquals(1, alpha.getInt("staleActions"));
    JsonObject beta = rows.get(1);
    assertEquals("NOT_STARTED", beta.getString("planStage"));
    // Never started, and its due date long past: late, not just "not started".
    assertTrue(beta.getBoolean("planLate"));
    assertEquals(5, beta.getInt("openRecommendations"));
    assertEquals(0, beta.getInt("overdueActions"));
    JsonObject gamma = rows.get(2);
    assertEquals("DRAFT", gamma.getString("planStage"));
    assertTrue(gamma.getBoolean("planLate"));
    assertEquals(9, gamma.getInt("openRecommendations"));

    // Charts over the filtered set.
    var ratings = all.getJsonArray("ratings").getValuesAs(JsonObject.class);
    assertEquals("OUTSTANDING", ratings.get(0).getString("rating"));
    assertEquals(0, ratings.get(0).getInt("count"));
    assertEquals(1, ratings.get(1).getInt("count"));
    assertEquals(2, ratings.get(2).getInt("count"));
    JsonObject changes = all.getJsonObject("changes");
    assertEquals(0, changes.getInt("improved"));
    assertEquals(0, changes.getInt("same"));
    assertEquals(1, changes.getInt("declined"));
    JsonObject change = changes.getJsonArray("changes").getJsonObject(0);
    assertEquals("GOOD", change.getString("from"));
    assertEquals("REQUIRES_IMPROVEMENT", change.getString("to"));
    assertEquals("DECLINED", change.getString("direction"));

    // Filters.
    assertEquals(List.of(w.alpha()), ids(w.inspector(), "region=LONDON" + q));
    assertEquals(
        List.of(w.alpha(), w.gamma()), ids(w.inspector(), "overall=REQUIRES_IMPROVEMENT" + q));
    assertEquals(List.of(w.beta(), w.gamma()), ids(w.inspector(), "ownerKind=POLICE" + q));
    assertEquals(List.of(w.gamma()), ids(w.inspector(), "ownerKind=pcc" + q));
    assertEquals(3, ids(w.inspector(), "framework=HMIP_YJ_2018" + q).size());
    assertEquals(List.of(), ids(w.inspector(), "framework=HMIP_YJ_2025" + q));
    confirmTheme(w, 1, "VICTIMS");
    assertEquals(List.of(w.beta()), ids(w.inspector(), "theme=VICTIMS" + q));
    assertEquals(List.of(), ids(w.inspector(), "theme=FUNDING" + q));
    JsonObject onlyLondon = ok(w.inspector().get("/api/dashboard?region=LONDON" + q));
    assertEquals(1, onlyLondon.getJsonArray("ratings").getJsonObject(2).getInt("count"));
    assertEquals(1, onlyLondon.getJsonObject("changes").getInt("declined"));

    // Sorting on any column, both ways.
    assertEquals(List.of(w.beta(), w.alpha(), w.gamma()), ids(w.inspector(), "sort=-score" + q));
    assertEquals(List.of(w.gamma(), w.alpha(), w.beta()), ids(w.inspector(), "sort=score" + q));
    assertEquals(List.of(w.beta(), w.gamma(), w.alpha()), ids(w.inspector(), "sort=planStage" + q));
    assertEquals(
        List.of(w.gamma(), w.beta(), w.alpha()),
        ids(w.inspector(), "sort=-openRecommendations" + q));
    assertEquals(w.alpha(), ids(w.inspector(), "sort=-overdueActions" + q).get(0));
    assertEquals(w.alpha(), ids(w.inspector(), "sort=-staleActions" + q).get(0));
    assertEquals(w.alpha(), ids(w.inspector(), "sort=-implementedRecommendations" + q).get(0));
    assertEquals(w.beta(), ids(w.inspector(), "sort=-published" + q).get(0));
    assertEquals(w.alpha(), ids(w.inspector(), "sort=region" + q).get(0));
    assertEquals(3, ids(w.inspector(), "sort=-framework" + q).size());
    assertEquals(w.beta(), ids(w.inspector(), "sort=-overall" + q).get(0));

    // Pages.
    JsonObject second = ok(w.inspector().get("/api/dashboard?sort=-score&size=2&page=2" + q));
    assertEquals(3, second.getJsonObject("rows").getInt("total"));
    assertEquals(2, second.getJsonObject("rows").getInt("totalPages"));
    assertEquals(
        w.gamma(),
        second
            .getJsonObject("rows")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("serviceId")
            .longValue());
    assertEquals(1, second.getJsonObject("rows").getJsonArray("items").size());

    // Bad input names its field; only the inspectorate may look.
    assertField(w.inspector().get("/api/dashboard?sort=name;drop"), "sort");
    assertField(w.inspector().get("/api/dashboard?size=1000"), "size");
    assertField(w.inspector().get("/api/dashboard?region=ATLANTIS"), "region");
    assertField(w.inspector().get("/api/dashboard?ownerKind=NOBODY"), "ownerKind");
    assertEquals(403, w.lead().get("/api/dashboard").status());
    assertEquals(403, w.betaPartner().get("/api/dashboard").status());
    assertEquals(200, w.admin().get("/api/dashboard" + "?q=" + w.tag()).status());
    assertEquals(401, Api.at(base).get("/api/dashboard").status());
  }

  @Test
  void exportsHoldEveryFilteredRowAndReadBack() throws Exception {
    World w = world();
    String query = "&q=" + w.tag() + "&sort=-score";
    var csv = download(w.inspectorEmail(), "/api/dashboard/export?format=csv" + query);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .matches("attachment; filename=\"national-dashboard-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
            .getRecords();
    assertEquals(3, records.size());
    assertEquals(w.tag(), records.get(0).get("Service").replaceAll(".* ", ""));
    assertTrue(records.get(0).get("Service").startsWith("Dash beta"));
    assertEquals("27", records.get(0).get("Score"));
    assertEquals("Good", records.get(0).get("Overall rating"));
    assertEquals("NOT_STARTED", records.get(0).get("Plan status"));
    assertTrue(records.get(1).get("Service").startsWith("Dash alpha"));
    assertEquals("London", records.get(1).get("Region"));
    assertEquals("SUBMITTED_LATE", records.get(1).get("Plan status"));
    assertEquals("3", records.get(1).get("Open recommendations"));
    assertEquals("1", records.get(1).get("Implemented recommendations"));
    assertEquals("1", records.get(1).get("Overdue actions"));
    assertEquals("1", records.get(1).get("Stale actions"));
    assertEquals("9", records.get(2).get("Open recommendations"));
    assertEquals("Yes", records.get(0).get("Plan late"));
    assertTrue(Long.parseLong(records.get(0).get("Days late")) > 365);

    var xlsx =
        download(
            w.inspectorEmail(), "/api/dashboard/export?format=XLSX&region=WEST_MIDLANDS" + query);
    assertEquals(200, xlsx.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("Service", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(2, sheet.getLastRowNum());
      assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Dash beta"));
      assertEquals(27.0, sheet.getRow(1).getCell(5).getNumericCellValue());
      assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("Dash gamma"));
      assertEquals("DRAFT", sheet.getRow(2).getCell(6).getStringCellValue());
      assertEquals(9.0, sheet.getRow(2).getCell(9).getNumericCellValue());
    }

    assertField(w.inspector().get("/api/dashboard/export?format=pdf"), "format");
    assertField(w.inspector().get("/api/dashboard/export"), "format");
    assertEquals(403, w.lead().get("/api/dashboard/export?format=csv").status());
  }

  /**
   * The national table is kept in the transaction of each write: a read right after an acknowledged
   * write shows it (issue 12).
   */
  @Test
  void aNationalReadRightAfterAnAcknowledgedWriteShowsIt() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long service = f.service("Dash fresh", "WALES");
    Api admin = Api.at(base).asAdmin();
    long inspection = published(admin, "bexley-2024", service);
    Api inspector = Api.at(base).as(f.account("fresh-inspector", "INSPECTOR"), Api.PASSWORD);
    Api lead = Api.at(base).as(f.account("fresh-lead", "SERVICE_LEAD", service), Api.PASSWORD);
    JsonObject row = onlyRow(inspector, tag);
    assertEquals(service, row.getJsonNumber("serviceId").longValue());
    assertEquals("NOT_STARTED", row.getString("planStage"));
    assertEquals(5, row.getInt("openRecommendations"));

    long plan = created(lead.post("/api/inspections/" + inspection + "/plan", empty()));
    row = onlyRow(inspector, tag);
    assertEquals("DRAFT", row.getString("planStage"));
    assertEquals(plan, row.getJsonNumber("planId").longValue());
    long recommendation =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long action =
        created(
            lead.post(
                "/api/plans/" + plan + "/actions",
                action(recommendation, service, "2031-06-30", "IN_PROGRESS").build()));
    row = onlyRow(inspector, tag);
    assertEquals(0, row.getInt("overdueActions"));
    assertEquals(5, row.getInt("openRecommendations"));
    assertEquals(0, row.getInt("implementedRecommendations"));

    // Its target date moved into the past, with a reason: overdue at once.
    long version = ok(lead.get("/api/actions/" + action)).getJsonNumber("version").longValue();
    ok(
        lead.put(
            "/api/actions/" + action,
            action(recommendation, service, "2025-01-31", "IN_PROGRESS")
                .add("targetDateReason", "The partner's funding ended early")
                .add("version", version)
                .build()));
    row = onlyRow(inspector, tag);
    assertEquals(1, row.getInt("overdueActions"));

    // The recommendation's only action complete: implemented at once, and no longer overdue.
    version = ok(lead.get("/api/actions/" + action)).getJsonNumber("version").longValue();
    ok(
        lead.put(
            "/api/actions/" + action,
            action(recommendation, service, "2025-01-31", "COMPLETE")
                .add("version", version)
                .build()));
    row = onlyRow(inspector, tag);
    assertEquals(4, row.getInt("openRecommendations"));
    assertEquals(1, row.getInt("implementedRecommendations"));
    assertEquals(0, row.getInt("overdueActions"));

    // A rename and a move to another region show at once too.
    JsonObject organisation = ok(admin.get("/api/organisations/" + service));
    ok(
        admin.put(
            "/api/organisations/" + service,
            Json.createObjectBuilder(
                    Fixtures.organisation("YJS", "Dash renamed " + tag, "LONDON", null, List.of()))
                .add("version", organisation.getJsonNumber("version").longValue())
                .build()));
    row = onlyRow(inspector, tag);
    assertEquals("Dash renamed " + tag, row.getString("service"));
    assertEquals("LONDON", row.getString("region"));
  }

  /**
   * A 2025 inspection (issue 14) on the dashboards: filtered by framework and kind, its kind shown
   * and exported, no score; its overall rating counted with the other frameworks' (a 2025 Good and
   * a 2018 Good are both Good), and a Good after a Good the same rating across frameworks.
   */
  @Test
  void a2025InspectionIsFilteredByKindAndItsRatingCountsWithEveryFrameworks() throws Exception {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    String q = "&q=" + tag;
    Api admin = Api.at(base).asAdmin();
    String inspectorEmail = f.account("dash25-inspector", "INSPECTOR");
    Api inspector = Api.at(base).as(inspectorEmail, Api.PASSWORD);
    long again = f.service("Dash 2025 again", "LONDON"); // 2018 Good, then 2025 Good
    long first = f.service("Dash 2025 first", "LONDON"); // 2025 Good only
    long older = f.service("Dash 2025 older", "WALES"); // 2018 requires improvement only
    published(admin, "bexley-2024", again);
    long latest = Inspections2025.publish(inspector, again);
    Inspections2025.publish(inspector, first);
    published(admin, "solihull-2023", older);

    List<JsonObject> rows = rows(inspector, "sort=service" + q);
    assertEquals(3, rows.size(), rows::toString);
    JsonObject row = rows.get(0);
    assertEquals(again, row.getJsonNumber("serviceId").longValue());
    assertEquals(latest, row.getJsonNumber("inspectionId").longValue());
    assertEquals(Inspections2025.FRAMEWORK, row.getString("framework"));
    assertEquals(Inspections2025.KIND, row.getString("kind"));
    assertEquals(Inspections2025.KIND_LABEL, row.getString("kindLabel"));
    assertEquals("GOOD", row.getString("overall"));
    assertEquals(JsonValue.NULL, row.get("score"));
    assertEquals("STANDARD", rows.get(2).getString("kind"));

    // Framework and kind filters, alone and together; kinds read in any case.
    assertEquals(List.of(again, first), ids(inspector, "framework=HMIP_YJ_2025&sort=service" + q));
    assertEquals(List.of(older), ids(inspector, "framework=HMIP_YJ_2018" + q));
    assertEquals(
        List.of(again, first), ids(inspector, "kind=CHILDREN_AND_VICTIMS&sort=service" + q));
    assertEquals(List.of(again, first), ids(inspector, "kind=children_and_victims" + q));
    assertEquals(List.of(older), ids(inspector, "kind=STANDARD" + q));
    assertEquals(List.of(), ids(inspector, "kind=YOUTH_JUSTICE_SERVICES" + q));
    assertEquals(List.of(), ids(inspector, "framework=HMIP_YJ_2018&kind=CHILDREN_AND_VICTIMS" + q));
    assertEquals(List.of(again, first), ids(inspector, "overall=GOOD&sort=service" + q));

    // The overall rating is one scale across frameworks: two Good, one requires improvement.
    JsonObject all = ok(inspector.get("/api/dashboard?sort=service" + q));
    var ratings = all.getJsonArray("ratings").getValuesAs(JsonObject.class);
    assertEquals("GOOD", ratings.get(1).getString("rating"));
    assertEquals(2, ratings.get(1).getInt("count"));
    assertEquals("REQUIRES_IMPROVEMENT", ratings.get(2).getString("rating"));
    assertEquals(1, ratings.get(2).getInt("count"));
    JsonObject changes = all.getJsonObject("changes");
    assertEquals(1, changes.getInt("same"), changes::toString);
    assertEquals(0, changes.getInt("improved"));
    assertEquals(0, changes.getInt("declined"));
    JsonObject kindOnly = ok(inspector.get("/api/dashboard?kind=CHILDREN_AND_VICTIMS" + q));
    assertEquals(2, kindOnly.getJsonArray("ratings").getJsonObject(1).getInt("count"));
    assertEquals(0, kindOnly.getJsonArray("ratings").getJsonObject(2).getInt("count"));

    // An unknown kind names its field, on the table and on the export.
    assertField(inspector.get("/api/dashboard?kind=NOBODY"), "kind");
    assertField(inspector.get("/api/dashboard/export?format=csv&kind=2025"), "kind");

    // The export keeps the kind filter and says the kind; no score.
    var csv =
        download(
            inspectorEmail,
            "/api/dashboard/export?format=csv&kind=CHILDREN_AND_VICTIMS&sort=service" + q);
    assertEquals(200, csv.statusCode());
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
            .getRecords();
    assertEquals(2, records.size());
    assertEquals(Inspections2025.KIND_LABEL, records.get(0).get("Kind of inspection"));
    assertEquals("Youth justice inspection framework (2025)", records.get(0).get("Framework"));
    assertEquals("Good", records.get(0).get("Overall rating"));
    assertEquals("", records.get(0).get("Score"));

    // The service's dashboard: the latest's framework and kind, not scored; the one before scored.
    JsonObject d = ok(inspector.get("/api/services/" + again + "/dashboard"));
    JsonObject now = d.getJsonObject("latest");
    assertEquals(Inspections2025.FRAMEWORK, now.getString("framework"));
    assertEquals(Inspections2025.KIND, now.getString("kind"));
    assertEquals(Inspections2025.KIND_LABEL, now.getString("kindLabel"));
    assertEquals(false, now.getBoolean("scored"));
    assertEquals(JsonValue.NULL, now.get("score"));
    assertEquals("GOOD", now.getString("overall"));
    JsonObject before = d.getJsonObject("previous");
    assertEquals("HMIP_YJ_2018", before.getString("framework"));
    assertEquals("STANDARD", before.getString("kind"));
    assertEquals(true, before.getBoolean("scored"));
    assertEquals(27, before.getInt("score"));
    assertEquals(4, d.getInt("recommendationCount"));

    // Its plan works as any: started, the row follows at once.
    String leadEmail = f.account("dash25-lead", "SERVICE_LEAD", first);
    Api lead = Api.at(base).as(leadEmail, Api.PASSWORD);
    long firstInspection =
        rows(inspector, "sort=service" + q).get(1).getJsonNumber("inspectionId").longValue();
    long plan = created(lead.post("/api/inspections/" + firstInspection + "/plan", empty()));
    JsonObject started = rows(inspector, "kind=CHILDREN_AND_VICTIMS&sort=service" + q).get(1);
    assertEquals(plan, started.getJsonNumber("planId").longValue());
    assertEquals("DRAFT", started.getString("planStage"));
    assertEquals(4, started.getInt("openRecommendations"));
  }

  /**
   * A plan never started, its inspection published long ago, is late by the days since its due date
   * (publication + plan.due.days), found by the late filter and sorted by days late.
   */
  @Test
  void latePlansStartedOrNotAreFilteredAndSortedByDaysLate() {
    World w = world();
    String q = "&q=" + w.tag();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    List<JsonObject> rows = rows(w.inspector(), "sort=service" + q);
    JsonObject beta = rows.get(1);
    assertEquals(w.beta(), beta.getJsonNumber("serviceId").longValue());
    LocalDate due = LocalDate.parse(beta.getString("publishedOn")).plusDays(56);
    assertEquals("NOT_STARTED", beta.getString("planStage"));
    assertEquals(due.toString(), beta.getString("planDueDate"));
    assertEquals(ChronoUnit.DAYS.between(due, today), beta.getJsonNumber("daysLate").longValue());
    assertTrue(beta.getJsonNumber("daysLate").longValue() > 365);
    // Alpha was submitted today, long after its due date; gamma's draft is past its own.
    assertEquals(
        ChronoUnit.DAYS.between(LocalDate.parse("2024-01-26"), today),
        rows.get(0).getJsonNumber("daysLate").longValue());
    JsonObject gamma = rows.get(2);
    assertEquals(
        ChronoUnit.DAYS.between(LocalDate.parse(gamma.getString("planDueDate")), today),
        gamma.getJsonNumber("daysLate").longValue());

    assertEquals(
        List.of(w.alpha(), w.beta(), w.gamma()), ids(w.inspector(), "late=true&sort=service" + q));
    assertEquals(List.of(), ids(w.inspector(), "late=false" + q));
    assertEquals(
        List.of(w.beta()), ids(w.inspector(), "late=TRUE&region=WEST_MIDLANDS&overall=GOOD" + q));
    assertField(w.inspector().get("/api/dashboard?late=perhaps"), "late");
    assertField(w.inspector().get("/api/dashboard/export?format=csv&late=1"), "late");

    Comparator<JsonObject> daysLate =
        Comparator.comparingLong((JsonObject r) -> r.getJsonNumber("daysLate").longValue());
    Comparator<JsonObject> byName = Comparator.comparing((JsonObject r) -> r.getString("service"));
    assertEquals(
        sorted(rows, daysLate.reversed().thenComparing(byName)),
        ids(w.inspector(), "sort=-daysLate" + q));
    assertEquals(
        sorted(rows, daysLate.thenComparing(byName)), ids(w.inspector(), "sort=daysLate" + q));
  }

  /** Every sort key, both ways, orders the services as their rows say; ties by name. */
  @Test
  void everySortKeyBothWaysOrdersAsTheRowsSay() {
    World w = world();
    String q = "&q=" + w.tag();
    List<JsonObject> rows = rows(w.inspector(), "sort=service" + q);
    assertEquals(3, rows.size());
    Comparator<JsonObject> byName =
        Comparator.comparing((JsonObject r) -> r.getString("service"))
            .thenComparingLong(r -> r.getJsonNumber("serviceId").longValue());
    Map<String, Comparator<JsonObject>> keys = new LinkedHashMap<>();
    keys.put("region", Comparator.comparing(r -> r.getString("region")));
    keys.put("framework", Comparator.comparing(r -> r.getString("frameworkName")));
    keys.put("published", Comparator.comparing(r -> r.getString("publishedOn")));
    keys.put("overall", Comparator.comparingInt(DashboardApiIT::ratingRank));
    keys.put(
        "score",
        Comparator.comparing(
            (JsonObject r) -> r.isNull("score") ? null : r.getInt("score"),
            Comparator.nullsFirst(Comparator.naturalOrder())));
    keys.put("planStage", Comparator.comparingInt(r -> STAGES.indexOf(r.getString("planStage"))));
    for (String count :
        List.of(
            "daysLate",
            "openRecommendations",
            "implementedRecommendations",
            "overdueActions",
            "staleActions")) {
      keys.put(count, Comparator.comparingLong(r -> r.getJsonNumber(count).longValue()));
    }
    keys.forEach(
        (key, order) -> {
          assertEquals(
              sorted(rows, order.thenComparing(byName)),
              ids(w.inspector(), "sort=" + key + q),
              key);
          assertEquals(
              sorted(rows, order.reversed().thenComparing(byName)),
              ids(w.inspector(), "sort=-" + key + q),
              "-" + key);
        });
    assertEquals(sorted(rows, byName), ids(w.inspector(), "sort=service" + q));
    assertEquals(sorted(rows, byName.reversed()), ids(w.inspector(), "sort=-service" + q));
  }

  static final List<String> STAGES =
      List.of(
          "NOT_STARTED", "DRAFT", "ENDORSED", "SUBMITTED_LATE", "SUBMITTED", "ACTIVE", "CLOSED");

  private static int ratingRank(JsonObject row) {
    if (row.isNull("overall")) {
      return 0;
    }
    return 4
        - List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE")
            .indexOf(row.getString("overall"));
  }

  private static List<Long> sorted(List<JsonObject> rows, Comparator<JsonObject> order) {
    return rows.stream().sorted(order).map(r -> r.getJsonNumber("serviceId").longValue()).toList();
  }

  private static List<JsonObject> rows(Api api, String query) {
    return ok(api.get("/api/dashboard?" + query))
        .getJsonObject("rows")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject onlyRow(Api api, String tag) {
    List<JsonObject> rows = rows(api, "q=" + tag);
    assertEquals(1, rows.size(), rows::toString);
    return rows.get(0);
  }

  // --- the world ------------------------------------------------------------------------------

  private World world() {
    var f = new Fixtures(Api.at(base));
    String tag = f.unique("").strip();
    long alpha = f.service("Dash alpha", "LONDON");
    long alphaBoard = f.board("Dash alpha board", alpha);
    long beta = f.service("Dash beta", "WEST_MIDLANDS");
    long betaPolice = f.partner("POLICE", "Dash beta police", beta);
    long gamma = f.service("Dash gamma", "WEST_MIDLANDS");
    Api admin = Api.at(base).asAdmin();
    published(admin, "wolverhampton-2022", alpha);
    long alphaLatest = published(admin, "solihull-2023", alpha);
    long betaLatest = published(admin, "bexley-2024", beta);
    long gammaLatest = published(admin, "suffolk-2023", gamma);

    String inspectorEmail = f.account("dash-inspector", "INSPECTOR");
    Api inspector = Api.at(base).as(inspectorEmail, Api.PASSWORD);
    Api lead = Api.at(base).as(f.account("dash-lead", "SERVICE_LEAD", alpha), Api.PASSWORD);
    Api member =
        Api.at(base).as(f.account("dash-member", "BOARD_MEMBER", alphaBoard), Api.PASSWORD);
    Api gammaLead =
        Api.at(base).as(f.account("dash-gamma-lead", "SERVICE_LEAD", gamma), Api.PASSWORD);
    Api betaPartner =
        Api.at(base).as(f.account("dash-beta-police", "PARTNER", betaPolice), Api.PASSWORD);

    long plan = created(lead.post("/api/inspections/" + alphaLatest + "/plan", empty()));
    created(gammaLead.post("/api/inspections/" + gammaLatest + "/plan", empty()));
    List<Long> recs =
        admin
            .get("/api/inspections/" + alphaLatest)
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getJsonNumber("id").longValue())
            .toList();
    // 1: in progress and overdue, its red update corrected to green.
    long overdue =
        created(
            lead.post(
                "/api/plans/" + plan + "/actions",
                action(recs.get(0), alpha, "2025-01-31", "IN_PROGRESS").build()));
    long red = update(lead, overdue, "RED", 20, null);
    update(lead, overdue, "GREEN", 30, red);
    // 2: complete.
    long done =
        created(
            lead.post(
                "/api/plans/" + plan + "/actions",
                action(recs.get(1), alpha, "2027-12-31", "COMPLETE").build()));
    update(lead, done, "GREEN", 100, null);
    // 3: not started, written long ago (the clock moved back) and never reported on: stale.
    TestClock.travelTo(base, LocalDate.parse("2025-01-01"));
    try {
      created(
          lead.post(
              "/api/plans/" + plan + "/actions",
              action(recs.get(2), alpha, "2027-06-30", "NOT_STARTED").build()));
    } finally {
      TestClock.reset(base);
    }
    // 4: cancelled, overdue but no longer counted.
    created(
        lead.post(
            "/api/plans/" + plan + "/actions",
            action(recs.get(4), alpha, "2024-06-30", "CANCELLED")
                .add("statusReason", "Replaced by the board's own work")
                .build()));
    // Recommendation 4: the inspector closes it unimplemented.
    var closed =
        inspector.put(
            "/api/recommendations/" + recs.get(3) + "/response",
            Json.createObjectBuilder()
                .add("status", "CLOSED_NOT_IMPLEMENTED")
                .add("reason", "Superseded")
                .build());
    assertEquals(200, closed.status(), closed::toString);
    assertEquals(200, member.post("/api/plans/" + plan + "/endorse", empty()).status());
    assertEquals(200, member.post("/api/plans/" + plan + "/submit", empty()).status());
    return new World(
        tag, alpha, beta, gamma, betaLatest, inspector, inspectorEmail, lead, betaPartner, admin);
  }

  private static long published(Api admin, String report, long service) {
    var created =
        admin.post("/api/inspections", InspectionBodies.fromReport(report, service).build());
    assertEquals(201, created.status(), created::toString);
    var publish = admin.post("/api/inspections/" + created.id() + "/publish", empty());
    assertEquals(200, publish.status(), publish::toString);
    return created.id();
  }

  private static JsonObjectBuilder action(
      long recommendation, long lead, String target, String status) {
    return Json.createObjectBuilder()
        .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
        .add("leadOrganisationId", lead)
        .add("description", "Dashboard action")
        .add("startDate", "2024-02-01")
        .add("targetDate", target)
        .add("status", status);
  }

  private static long update(Api api, long action, String rag, int percent, Long corrects) {
    var body =
        Json.createObjectBuilder()
            .add("narrative", "Progress")
            .add("rag", rag)
            .add("percentComplete", percent);
    if (corrects != null) {
      body.add("correctsId", corrects);
    }
    var reply = api.post("/api/actions/" + action + "/updates", body.build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonObject("latestUpdate").getJsonNumber("id").longValue();
  }

  private static long created(Api.Reply reply) {
    assertEquals(201, reply.status(), reply::toString);
    return reply.id();
  }

  private static JsonObject empty() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static List<Long> ids(Api api, String query) {
    return ok(api.get("/api/dashboard?" + query))
        .getJsonObject("rows")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getJsonNumber("serviceId").longValue())
        .toList();
  }

  /** Confirms a theme for a recommendation (by number) of beta's inspection, as an inspector. */
  private static void confirmTheme(World w, int number, String code) {
    long theme =
        w.inspector().get("/api/themes").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("code").equals(code))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long recommendation =
        w
            .admin()
            .get("/api/inspections/" + w.betaInspection())
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getInt("number") == number)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    var confirmed =
        w.inspector()
            .put(
                "/api/recommendations/" + recommendation + "/themes",
                Json.createObjectBuilder()
                    .add("themes", Json.createArrayBuilder().add(theme))
                    .build());
    assertEquals(200, confirmed.status(), confirmed::toString);
  }

  private static void assertField(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(field, reply.firstErrorField(), reply::toString);
  }

  private HttpResponse<byte[]> download(String email, String path) throws Exception {
    // Api reads bodies as text; a spreadsheet needs its bytes.
    var request =
        HttpRequest.newBuilder(Api.at(base).uri(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (email + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
