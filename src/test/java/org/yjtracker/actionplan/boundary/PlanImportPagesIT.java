package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.InspectionBodies;
import org.yjtracker.testsupport.Pages;
import org.yjtracker.testsupport.Pages.Upload;

/**
 * Importing a plan kept in a spreadsheet through the pages as HTML, with no script: a sheet with a
 * bad row previews its problem and imports nothing; a corrected one imports every row; refusals
 * show on the file input; and only the plan's writers may do it.
 */
@ExtendWith(ArquillianExtension.class)
class PlanImportPagesIT {

  static final String HEADER =
      "Ref,Recommendation,Action,Lead officer and agency,Target date,Progress,RAG\n";

  @ArquillianResource URL base;

  record World(long plan, long service, String lead) {}

  @Test
  void aSheetWithABadRowImportsNothingAndACorrectedOneImportsEveryRow() {
    World w = world();
    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var form = lead.get("/plans/" + w.plan()).click("#import-plan");
    assertEquals(200, form.status());
    assertTrue(form.all("script[src*='/js/pages/']").isEmpty(), "no page script");
    assertEquals("multipart/form-data", form.one("#sheet-form").attr("enctype"));

    // Nothing chosen.
    var none = form.upload("#sheet-form", Map.of(), Map.of());
    assertEquals(400, none.status());
    assertEquals("Choose a spreadsheet", none.one(".govuk-error-summary a[href='#sheet']").text());

    // A sheet with a bad date: its problem on its row, nothing to import.
    var bad =
        none.upload(
            "#sheet-form",
            Map.of(),
            Map.of(
                "sheet",
                Upload.text(
                    "bad.csv",
                    HEADER
                        + "1,Improve assessment,Audit ten assessments a month,J. Smith YJS,31/03/2027,Audits started,Amber\n"
                        + "2,Management oversight,Train managers,J. Smith YJS,sometime soon,,Green\n")));
    assertEquals(200, bad.status(), bad::text);
    assertTrue(
        bad.one("#preview-status").text().contains("1 problem"), bad.one("#preview-status").text());
    bad.one("#not-importable");
    assertTrue(bad.all("#import").isEmpty());
    assertTrue(
        bad.one("#row-2-problems").text().toLowerCase().contains("date"),
        bad.one("#row-2-problems").text());
    assertEquals("Ready", bad.one("#row-1 .govuk-tag").text());
    var seen = new java.util.HashSet<String>();
    assertEquals(
        List.of(),
        bad.all("[id]").stream().map(e -> e.id()).filter(id -> !seen.add(id)).toList(),
        "every id once");
    assertEquals("31 March 2027", bad.one("#row-1 td[data-label='Target date']").text());

    // The corrected sheet previews clean and imports every row.
    var good =
        bad.upload(
            "#sheet-form",
            Map.of(),
            Map.of(
                "sheet",
                Upload.text(
                    "good.csv",
                    HEADER
                        + "1,Improve assessment,Audit ten assessments a month,J. Smith YJS,31/03/2027,Audits started,Amber\n"
                        + "2,Management oversight,Train managers,J. Smith YJS,30/06/2027,,Green\n")));
    assertTrue(
        good.one("#preview-status").text().contains("no problems"),
        good.one("#preview-status").text());
    assertEquals("Import 2 actions", good.one("#import").text());
    var imported = good.submit("#import-form", Map.of());
    assertEquals(200, imported.status(), imported::text);
    assertEquals("/plans/" + w.plan(), imported.path());
    assertTrue(
        imported.one("#flash").text().contains("2 actions imported from good.csv"),
        imported.one("#flash").text());

    JsonObject plan = Api.at(base).as(w.lead(), Api.PASSWORD).get("/api/plans/" + w.plan()).json();
    JsonObject first =
        plan.getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonArray("actions")
            .getJsonObject(0);
    assertEquals("2027-03-31", first.getString("targetDate"));
    assertEquals("AMBER", first.getJsonObject("latestUpdate").getString("rag"));

    // The same import sent again has nothing waiting: nothing is imported twice.
    var twice = good.submit("#import-form", Map.of());
    assertEquals(400, twice.status());
    twice.one(".govuk-error-summary a[href='#sheet']");
    assertEquals(
        1,
        Api.at(base)
            .as(w.lead(), Api.PASSWORD)
            .get("/api/plans/" + w.plan())
            .json()
            .getJsonArray("recommendations")
            .getJsonObject(0)
            .getJsonArray("actions")
            .size());
  }

  @Test
  void aFileThatIsNotASpreadsheetIsRefusedOnTheForm() {
    World w = world();
    Pages lead = Pages.at(base).signedInAs(w.lead(), Api.PASSWORD);
    var form = lead.get("/plans/" + w.plan() + "/import");
    var word =
        form.upload(
            "#sheet-form",
            Map.of(),
            Map.of("sheet", new Upload("plan.docx", "application/msword", new byte[] {1, 2, 3})));
    assertEquals(415, word.status());
    assertTrue(
        word.one("#sheet-error").text().contains("CSV or an Excel"),
        word.one("#sheet-error").text());
    var broken =
        form.upload(
            "#sheet-form",
            Map.of(),
            Map.of(
                "sheet",
                new Upload(
                    "plan.xlsx",
                    PlanImportsResource.XLSX,
                    "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(422, broken.status());
    broken.one(".govuk-error-summary a[href='#sheet']");
  }

  @Test
  void onlyThePlansWritersImport() {
    World w = world();
    var fixtures = new Fixtures(Api.at(base));
    String partner =
        fixtures.account(
            "sheet-partner", "PARTNER", fixtures.partner("POLICE", "Sheet police", w.service()));
    Pages pages = Pages.at(base).signedInAs(partner, Api.PASSWORD);
    assertEquals(403, pages.get("/plans/" + w.plan() + "/import").status());
    String token = pages.get("/my-actions").one("meta[name=csrf-token]").attr("content");
    assertEquals(
        403,
        pages
            .post(
                "/plans/" + w.plan() + "/import",
                Map.of("_csrf", List.of(token), "sheet", List.of("x")))
            .status());
    String otherLead =
        fixtures.account(
            "other-sheet-lead", "SERVICE_LEAD", fixtures.service("Other sheet YJS", "LONDON"));
    Pages other = Pages.at(base).signedInAs(otherLead, Api.PASSWORD);
    int status = other.get("/plans/" + w.plan() + "/import").status();
    assertTrue(status == 403 || status == 404, "another service's lead: " + status);
  }

  private World world() {
    var fixtures = new Fixtures(Api.at(base));
    long service = fixtures.service("Sheet YJS", "LONDON");
    Api admin = Api.at(base).asAdmin();
    long inspection = InspectionBodies.publish(admin, "solihull-2023", service);
    String lead = fixtures.account("sheet-lead", "SERVICE_LEAD", service);
    long plan =
        Api.at(base)
            .as(lead, Api.PASSWORD)
            .post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT)
            .id();
    return new World(plan, service, lead);
  }
}
