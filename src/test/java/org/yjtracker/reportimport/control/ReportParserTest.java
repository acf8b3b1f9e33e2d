package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjtracker.reportimport.entity.ParsedReport;

/** R1, R2: each sample report parses to exactly what its hand-checked expectation says. */
class ReportParserTest {

  private static final Set<String> NOT_FIELDS = Set.of("file", "notes");

  private final ReportParser parser = new ReportParser();

  static List<String> reports() {
    return Reports.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void parsesToItsExpectedFile(String name) {
    JsonObject expected = Reports.expected(name);
    JsonObject parsed = Reports.json(parser.parse(Reports.text(name)));
    List<String> differences = ExpectedReport.differences(expected, parsed);
    assertTrue(differences.isEmpty(), name + ":\n" + String.join("\n", differences));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyMainValueSaysWhichLineItCameFrom(String name) {
    String text = Reports.text(name);
    ParsedReport report = parser.parse(text);
    List<String> paths = new ArrayList<>(List.of("service", "local_authority"));
    // The opening of a 2025 page gives neither; the whole reports give both.
    if (report.published() != null || Reports.WHOLE.contains(name)) {
      paths.add("published");
    }
    if (report.fieldworkStart() != null || Reports.WHOLE.contains(name)) {
      paths.add("fieldwork_start");
    }
    if (report.overall() != null) {
      paths.add("overall");
    }
    if (report.score() != null) {
      paths.add("score");
    }
    report.standards().keySet().forEach(code -> paths.add("standards." + code));
    report
        .keyQuestionsPercentYes()
        .keySet()
        .forEach(c -> paths.add("key_questions_percent_yes." + c));
    report.recommendations().forEach(r -> paths.add("recommendations." + r.number()));
    report
        .professionalDiscretion()
        .forEach(d -> paths.add("professional_discretion." + d.standard()));
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (String path : paths) {
      Integer line = report.sourceLines().get(path);
      assertNotNull(line, name + ": no source line for " + path);
      assertTrue(line >= 1 && line <= lines.length, name + ": " + path + " -> " + line);
      assertTrue(!lines[line - 1].isBlank(), name + ": " + path + " points at a blank line");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void ratingsComeFromLinesThatShowThem(String name) {
    String[] lines = Reports.text(name).split("\r\n|\r|\n", -1);
    ParsedReport report = parser.parse(Reports.text(name));
    report
        .standards()
        .forEach(
            (code, rating) -> {
              String line = lines[report.sourceLines().get("standards." + code) - 1];
              assertTrue(
                  Variants.showsRating(line, rating),
                  name + " " + code + " " + rating + ": " + line);
            });
  }

  @Test
  void theTestCopiesAreTheSharedOriginalsWhereThoseAreBesideTheProject() throws Exception {
    // shared/ lies beside the checkout (CI: a copy beside the clone); a worktree elsewhere has
    // none, and then only the copies on the classpath are checked (below).
    Path shared = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("reports");
      if (Files.isDirectory(candidate)) {
        shared = candidate;
        break;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "no shared/reports beside");
    for (String name : Reports.NAMES) {
      String path = Reports.sharedPath(name);
      assertEquals(
          Files.readString(shared.resolve(path + ".txt")),
          Reports.text(name),
          name + " differs from shared/reports/" + path + ".txt");
      Path expected = shared.resolve(path.replace(name, "expected/" + name) + ".json");
      assertEquals(
          Files.readString(expected),
          new String(
              Reports.bytes("reports/expected/" + name + ".json"),
              java.nio.charset.StandardCharsets.UTF_8),
          name + " expectation differs from " + expected);
    }
  }

  @Test
  void theTestCopiesOfTheReportsAreTheSharedOnes() throws Exception {
    // Test resources are filtered by Maven; a report containing "${...}" or "@...@" must not
    // change on its way to the classpath.
    for (String name : Reports.NAMES) {
      Path source = Path.of("src/test/resources/reports/" + name + ".txt");
      if (Files.exists(source)) {
        assertEquals(
            new String(Files.readAllBytes(source), java.nio.charset.StandardCharsets.UTF_8),
            Reports.text(name),
            name);
      }
    }
  }

  /** Compares a parsed draft with an expected file, field by field, as its notes describe. */
  static final class ExpectedReport {

    private ExpectedReport() {}

    static List<String> differences(JsonObject expected, JsonObject parsed) {
      List<String> differences = new ArrayList<>();
      for (String field : expected.keySet()) {
        if (NOT_FIELDS.contains(field)) {
          continue;
        }
        JsonValue want = expected.get(field);
        JsonValue got = parsed.getOrDefault(field, JsonValue.NULL);
        if (want == JsonValue.NULL && isEmpty(got)) {
          // An excerpt's expectation says null where the text shows none: the draft has none.
          continue;
        }
        if (field.equals("recommendations")) {
          recommendations(want.asJsonArray(), got, differences);
        } else if (!want.equals(got)) {
          differences.add(field + ": expected " + want + " but was " + got);
        }
      }
      return differences;
    }

    private static boolean isEmpty(JsonValue value) {
      return value == JsonValue.NULL
          || (value instanceof JsonArray array && array.isEmpty())
          || (value instanceof JsonObject object && object.isEmpty());
    }

    private static void recommendations(JsonArray want, JsonValue gotValue, List<String> out) {
      if (gotValue.getValueType() != JsonValue.ValueType.ARRAY) {
        out.add("recommendations: missing");
        return;
      }
      JsonArray got = gotValue.asJsonArray();
      if (want.size() != got.size()) {
        out.add("recommendations: expected " + want.size() + " but was " + got.size() + ": " + got);
      }
      for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
        JsonObject w = want.getJsonObject(i);
        JsonObject g = got.getJsonObject(i);
        for (String key : List.of("number", "addressees", "heading")) {
          if (!w.get(key).equals(g.get(key))) {
            out.add(
                "recommendations["
                    + i
                    + "]."
                    + key
                    + ": expected "
                    + w.get(key)
                    + " but was "
                    + g.get(key));
          }
        }
        String text = g.containsKey("text") ? g.getString("text") : "";
        if (!text.startsWith(w.getString("text_start"))) {
          out.add(
              "recommendations["
                  + i
                  + "].text: expected to start with '"
                  + w.getString("text_start")
                  + "' but was '"
                  + text
                  + "'");
        }
      }
    }
  }
}
