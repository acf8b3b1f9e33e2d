package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

class JsonObjectReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"[]", "null", "\"str\"", "123", "true", "{", "", "  ", "{\"a\":}", "{}{"})
  void anythingButAnObjectIsA400AboutTheBody(String body) {
    assertBodyRefused(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void invalidUtf8AndDeepNestingAreRefused() {
    assertBodyRefused(
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
    assertBodyRefused(
        ("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anObjectIsRead() {
    var object =
        JsonObjectReader.read(
            new ByteArrayInputStream("{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, object.getJsonArray("a").size());
  }

  private static void assertBodyRefused(byte[] body) {
    var thrown =
        assertThrows(
            InvalidInputException.class,
            () -> JsonObjectReader.read(new ByteArrayInputStream(body)));
    Problem problem = Problems.of(thrown);
    assertEquals(400, problem.status());
    assertEquals("body", problem.errors().get(0).field());
    assertTrue(problem.errors().get(0).message().length() > 5);
  }
}
