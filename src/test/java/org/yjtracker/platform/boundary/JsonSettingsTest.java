package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

/** Binding with the API's own JSON-B settings, on Yasson as in Payara. */
class JsonSettingsTest {

  private static final Jsonb JSONB = JsonbBuilder.create(JsonSettings.config());

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  public static class Input {
    public Integer percentComplete;
    public Long serviceId;
    public Long version;
    public Boolean active;
    public Boolean flag;
    public List<Integer> numbers;
    public Nested nested;
    public String description;
    public List<String> names;
  }

  public static class Nested {
    public Integer number;
  }

  @Test
  void wholeNumbersAndBooleansInRangeBind() {
    Input input =
        JSONB.fromJson(
            "{\"percentComplete\":100,\"serviceId\":9007199254740993,"
                + "\"version\":7,\"active\":false,\"flag\":true,\"numbers\":[1,2.0],"
                + "\"nested\":{\"number\":1e2}}",
            Input.class);
    assertEquals(100, input.percentComplete);
    assertEquals(9007199254740993L, input.serviceId);
    assertEquals(7L, input.version);
    assertFalse(input.active);
    assertTrue(input.flag);
    assertEquals(List.of(1, 2), input.numbers);
    assertEquals(100, input.nested.number);
  }

  @Test
  void textBindsOnlyFromStrings() {
    Input input = JSONB.fromJson("{\"description\":\"Done\",\"names\":[\"a\",null]}", Input.class);
    assertEquals("Done", input.description);
    assertEquals(java.util.Arrays.asList("a", null), input.names);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"description\":123}",
        "{\"description\":true}",
        "{\"description\":[\"a\"]}",
        "{\"description\":{}}",
        "{\"names\":[1]}"
      })
  void textFromAnythingButAStringIsRefused(String json) {
    assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Input.class));
  }

  @Test
  void nullStaysNull() {
    Input input = JSONB.fromJson("{\"percentComplete\":null,\"active\":null}", Input.class);
    assertNull(input.percentComplete);
    assertNull(input.active);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"percentComplete\":4294967297}",
        "{\"percentComplete\":2147483648}",
        "{\"percentComplete\":2.5}",
        "{\"percentComplete\":1e999999999}",
        "{\"percentComplete\":\"ten\"}",
        "{\"percentComplete\":\"7\"}",
        "{\"percentComplete\":true}",
        "{\"percentComplete\":[1]}",
        "{\"percentComplete\":{}}"
      })
  void integerOutOfRangeOrNotWholeIsRefusedNamingTheField(String json) {
    assertRefused(json, "percentComplete", "whole number");
  }

  @Test
  void longAndNestedFieldsAreStrictToo() {
    assertRefused("{\"serviceId\":9223372036854775808}", "serviceId", "whole number");
    assertRefused("{\"version\":0.5}", "version", "whole number");
    assertRefused("{\"nested\":{\"number\":1.5}}", "number", "whole number");
    assertRefused("{\"numbers\":[1,4294967297]}", "numbers", "whole number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"active\":\"str\"}",
        "{\"active\":\"true\"}",
        "{\"active\":1}",
        "{\"flag\":\"false\"}",
        "{\"flag\":[]}"
      })
  void booleanOnlyFromJsonTrueOrFalse(String json) {
    String field = json.contains("active") ? "active" : "flag";
    assertRefused(json, field, "true or false");
  }

  private static void assertRefused(String json, String field, String message) {
    JsonbException thrown =
        assertThrows(JsonbException.class, () -> JSONB.fromJson(json, Input.class));
    Problem problem = Problems.of(thrown);
    assertEquals(400, problem.status(), problem.toString());
    assertEquals(field, problem.errors().get(0).field(), problem.toString());
    assertTrue(problem.errors().get(0).message().contains(message), problem.toString());
  }
}
