package org.yjtracker.reportimport.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.OrganisationKind;

/** The draft travels as JSON with the field names of the expected files, and back. */
class ParsedReportJsonTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  private final ParsedReport report =
      new ParsedReport(
          Framework.HMIP_YJ_2018,
          null,
          "Testshire Youth Justice Service",
          "Testshire",
          "2024-07",
          "2024-04-08",
          27,
          Rating.GOOD,
          Map.of("2.1", Rating.GOOD),
          Map.of("2.1", List.of(100, 67, 78)),
          List.of(new ProfessionalDiscretion("2.3", Rating.GOOD, Rating.OUTSTANDING)),
          List.of(
              new ParsedRecommendation(
                  1, List.of(OrganisationKind.POLICE), "Testshire police:", "review Outcome 22")),
          false,
          List.of(),
          null,
          9,
          14,
          null,
          null,
          1,
          Map.of("1.1", List.of("The board is led well.")),
          Map.of(),
          Map.of("2.1", List.of(new PromptResult(1, "Is there sufficient analysis?", 64))),
          Map.of("score", 85),
          List.of(new ParseWarning("Recommendation 1 has no number", 214)));

  @Test
  void fieldNamesAreThoseOfTheExpectedFiles() {
    String json = jsonb.toJson(report);
    for (String name :
        List.of(
            "\"local_authority\":\"Testshire\"",
            "\"fieldwork_start\":\"2024-04-08\"",
            "\"key_questions_percent_yes\":{\"2.1\":[100,67,78]}",
            "\"professional_discretion\":[{\"standard\":\"2.3\",\"from\":\"GOOD\",\"to\":\"OUTSTANDING\"}]",
            "\"addressees\":[\"POLICE\"]",
            "\"key_question\":1",
            "\"percent_yes\":64",
            "\"source_lines\":{\"score\":85}",
            "\"warnings\":[{\"message\":\"Recommendation 1 has no number\",\"line\":214}]")) {
      assertTrue(json.contains(name), name + " in " + json);
    }
    assertTrue(json.startsWith("{\"framework\":\"HMIP_YJ_2018\",\"service\":"), json);
  }

  @Test
  void theDraftReadsBackFromItsJson() {
    assertEquals(report, jsonb.fromJson(jsonb.toJson(report), ParsedReport.class));
  }
}
