package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTokenTest {

  private static final String TOKEN = "scraper-token-0123456789-abcdef";

  @Test
  void onlyTheConfiguredTokenMatches() {
    var token = new MetricsToken(Optional.of(TOKEN));
    assertTrue(token.matches(TOKEN));
    assertFalse(token.matches(TOKEN + "x"));
    assertFalse(token.matches(""));
    assertFalse(token.matches(null));
  }

  @Test
  void noneConfiguredOrAGuessableOneMatchesNothing() {
    assertFalse(new MetricsToken(Optional.empty()).matches(""));
    assertFalse(new MetricsToken(Optional.of("short-token")).matches("short-token"));
  }
}
