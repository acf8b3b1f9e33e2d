package org.yjtracker.reportimport.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yjtracker.reportimport.entity.ParsedReport;

/**
 * The sample reports (five older reports and the opening of a 2025 report page) and their
 * hand-checked expectations, read from the test classpath. The copies in src/test/resources are the
 * project's shared ones ({@code shared/reports}, 2025 ones under {@code shared/reports/2025}).
 */
final class Reports {

  static final List<String> NAMES =
      List.of(
          "bexley-2024",
          "sandwell-2014",
          "solihull-2023",
          "suffolk-2023",
          "wolverhampton-2022",
          "hounslow-2026");

  /** The whole reports, which the HTML versions under reports/html/ stand for. */
  static final List<String> WHOLE =
      List.of(
          "bexley-2024", "sandwell-2014", "solihull-2023", "suffolk-2023", "wolverhampton-2022");

  /** Where a report's shared original lives, relative to shared/reports. */
  static String sharedPath(String name) {
    return (name.endsWith("-2025") || name.endsWith("-2026") ? "2025/" : "") + name;
  }

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Reports() {}

  static String text(String name) {
    return resource("reports/" + name + ".txt");
  }

  static JsonObject expected(String name) {
    return parseJson(resource("reports/expected/" + name + ".json"));
  }

  /** The draft as the application would send it, read back as plain JSON. */
  static JsonObject json(ParsedReport report) {
    return parseJson(JSONB.toJson(report));
  }

  static JsonObject parseJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static byte[] bytes(String path) {
    try (InputStream in = Reports.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
