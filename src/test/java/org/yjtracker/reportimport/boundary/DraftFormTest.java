package org.yjtracker.reportimport.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.Rating;

class DraftFormTest {

  @Test
  void aPublicationIsReadAsPeopleWriteIt() {
    List<FieldError> errors = new ArrayList<>();
    assertEquals("2023-12", DraftForm.published("December 2023", errors));
    assertEquals("2023-12", DraftForm.published("dec 2023", errors));
    assertEquals("2023-12-05", DraftForm.published("5 December 2023", errors));
    assertEquals("2023-09-05", DraftForm.published("5 Sept 2023", errors));
    assertEquals("2023-12-05", DraftForm.published("5/12/2023", errors));
    assertEquals("2023-12-05", DraftForm.published("2023-12-05", errors));
    assertEquals("2023-12", DraftForm.published(" 2023-12 ", errors));
    assertNull(DraftForm.published("", errors));
    assertEquals(List.of(), errors);
    assertNull(DraftForm.published("31 February 2023", errors));
    assertNull(DraftForm.published("someday", errors));
    assertEquals(2, errors.size());
    assertEquals("published", errors.get(0).field());
    assertEquals("December 2023", DraftForm.publishedText("2023-12"));
    assertEquals("5 December 2023", DraftForm.publishedText("2023-12-05"));
  }

  @Test
  void theKindOfA2025ReportIsShownAndReadBack() {
    ParsedReport stored =
        new org.yjtracker.reportimport.control.ReportParser()
            .parse(
                "An inspection of youth justice work with children and victims in Testshire\n"
                    + "Published: 13 January 2026\nOverall, Testshire YJS was rated as 'Good'.\n");
    assertEquals("CHILDREN_AND_VICTIMS", DraftForm.fields(stored, 1, null).get("kind"));
    assertEquals(
        "youth justice services",
        read(stored, "HMIP_YJ_2025", "YOUTH_JUSTICE_SERVICES", false).draft().kind());
    // Another framework's draft has no kind.
    assertNull(read(stored, "HMIP_YJ_2018", "YOUTH_JUSTICE_SERVICES", false).draft().kind());
    // Confirming a 2025 report needs its kind.
    DraftForm.Read none = read(stored, "HMIP_YJ_2025", "", true);
    assertNull(none.draft().kind());
    assertTrue(
        none.errors().stream().anyMatch(e -> "kind".equals(e.field())), none.errors().toString());
    assertTrue(
        read(stored, "HMIP_YJ_2025", "CHILDREN_AND_VICTIMS", true).errors().stream()
            .noneMatch(e -> "kind".equals(e.field())));
  }

  private static DraftForm.Read read(
      ParsedReport stored, String framework, String kind, boolean confirming) {
    Map<String, String[]> params =
        Map.of("framework", new String[] {framework}, "kind", new String[] {kind});
    return DraftForm.read(
        org.yjtracker.web.control.Form.submitted(params),
        params.keySet(),
        stored,
        List.of(),
        List.of(),
        true,
        false,
        null,
        null,
        confirming);
  }

  @Test
  void standardsAreInTheFrameworksOrder() {
    List<String> codes = new ArrayList<>(List.of("2.10", "overall", "2.9", "2", "10.1", "3.1"));
    codes.sort(DraftForm::compareCodes);
    assertEquals(List.of("2", "2.9", "2.10", "3.1", "10.1", "overall"), codes);
  }

  @Test
  void theInspectionApisErrorsLandOnTheirFields() {
    ParsedReport sent =
        new ParsedReport(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("2.10", Rating.GOOD, "2.9", Rating.GOOD, "1.1", Rating.GOOD),
            Map.of(),
            List.of(),
            List.of(new ParsedRecommendation(4, List.of(), "Heading", "Text")),
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of());
    List<DraftForm.Row> rows = List.of(new DraftForm.Row(0, 4));
    // The API numbers standards in the order of their codes as text: 1.1, 2.10, 2.9.
    FieldError standard =
        DraftForm.place(
            new FieldError("standards[1].keyQuestions[2].percentYes", "must be at most 100"),
            sent,
            rows);
    assertEquals("standards[2.10].keyQuestions[2]", standard.field());
    assertTrue(standard.message().startsWith("2.10: "));
    FieldError heading =
        DraftForm.place(new FieldError("recommendations[0].heading", "is too long"), sent, rows);
    assertEquals("recommendations[0].heading", heading.field());
    assertEquals("Recommendation 4: is too long", heading.message());
    assertEquals(
        "owners[0].create[1].name",
        DraftForm.place(new FieldError("owners[0].create[1].name", "Enter it"), sent, rows)
            .field());
    assertEquals(
        "publishedScore",
        DraftForm.place(new FieldError("publishedScore", "too high"), sent, rows).field());
    assertNull(DraftForm.place(new FieldError("version", "stale"), sent, rows).field());
  }
}
