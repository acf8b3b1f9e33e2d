package org.yjtracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The hand-checked contents of the published reports in src/test/resources/reports/expected. */
public final class PublishedReports {

  public static final List<String> RATED =
      List.of("solihull-2023", "wolverhampton-2022", "suffolk-2023", "bexley-2024");

  private PublishedReports() {}

  public static JsonObject expected(String name) {
    try (InputStream in =
        PublishedReports.class.getResourceAsStream("/reports/expected/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("No expected file for " + name);
      }
      return Json.createReader(in).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Integer intOrNull(JsonObject object, String key) {
    return object.containsKey(key) && object.get(key) != JsonValue.NULL ? object.getInt(key) : null;
  }
}
