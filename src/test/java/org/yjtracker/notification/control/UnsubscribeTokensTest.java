package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** N2: an unsubscribe link works for the person and kind it names, and for nothing else. */
class UnsubscribeTokensTest {

  final UnsubscribeTokens tokens =
      new UnsubscribeTokens("a key of thirty-two bytes, test!".getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenIsValidOnlyForItsPersonAndKind() {
    String token = tokens.sign(12, "overdue");
    assertTrue(tokens.valid(12, "overdue", token));
    assertFalse(tokens.valid(13, "overdue", token));
    assertFalse(tokens.valid(12, "all", token));
    assertFalse(tokens.valid(12, "overdue", token.substring(1)));
    assertFalse(tokens.valid(12, "overdue", null));
  }

  @Test
  void anotherDatabasesKeyGivesAnotherToken() {
    var other =
        new UnsubscribeTokens("another key of 32 bytes, test!!!".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(tokens.sign(12, "all"), other.sign(12, "all"));
    assertFalse(other.valid(12, "all", tokens.sign(12, "all")));
  }

  @Test
  void theLinkCarriesPersonKindAndToken() {
    assertEquals(
        "/unsubscribe?account=12&kind=all&token=" + tokens.sign(12, "all"), tokens.path(12, "all"));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[8]));
  }
}
