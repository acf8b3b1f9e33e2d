package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjtracker.reportimport.entity.ParsedReport;

/**
 * R1: a report published as a web page reads into exactly the draft its text gives. The pages under
 * reports/html/ are the sample reports laid out as the inspectorate's site would (made once by
 * src/test/scripts/report-html.py): headings, paragraphs, tables for the ratings and the key
 * questions, lists, and the site's furniture around them. Only where values came from differs: the
 * source lines are lines of the page's text, not of the .txt, so they and the warnings' line
 * numbers are left out of the comparison.
 */
class HtmlReportsTest {

  private final ReportParser parser = new ReportParser();
  private final HtmlText html = new HtmlText();

  static List<String> reports() {
    return Reports.WHOLE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void aReportsWebPageGivesTheDraftItsTextGives(String name) {
    String page =
        new String(Reports.bytes("reports/html/" + name + ".html"), StandardCharsets.UTF_8);
    assertTrue(HtmlText.looksLikeHtml(page));
    String text = html.extract(page);
    assertFalse(text.contains("cookies"), "the cookie banner is furniture");
    assertFalse(text.contains("Our work"), "the navigation is furniture");
    assertFalse(text.contains("Open Government Licence v3.0"), "the footer is furniture");
    JsonObject fromText = withoutLines(parser.parse(Reports.text(name)));
    JsonObject fromPage = withoutLines(parser.parse(text));
    List<String> differences = new ArrayList<>();
    for (String field : fromText.keySet()) {
      if (!fromText.get(field).equals(fromPage.get(field))) {
        differences.add(
            field + ":\n  text: " + fromText.get(field) + "\n  page: " + fromPage.get(field));
      }
    }
    assertTrue(differences.isEmpty(), name + ":\n" + String.join("\n", differences));
    assertEquals(fromText, fromPage);
  }

  /** The draft without its source lines, and its warnings without their line numbers. */
  static JsonObject withoutLines(ParsedReport report) {
    JsonObject json = Reports.json(report);
    JsonObjectBuilder out = Json.createObjectBuilder(json).remove("source_lines");
    var warnings = Json.createArrayBuilder();
    for (JsonValue w : json.getJsonArray("warnings")) {
      warnings.add(w.asJsonObject().getString("message"));
    }
    return out.add("warnings", warnings).build();
  }
}
