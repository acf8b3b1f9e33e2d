package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void withoutATrustedProxyTheConnectionDecidesWhateverTheHeaderSays() {
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.7", false));
  }

  @Test
  void behindATrustedProxyTheLastForwardedHopIsTheClient() {
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", "203.0.113.7", true));
    // The first entries are whatever the client claimed; the proxy appends the address it saw.
    assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", "198.51.100.1, 203.0.113.7", true));
    assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1", true));
  }

  @Test
  void aMissingOrOddHeaderFallsBackToTheConnection() {
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, true));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", true));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.7, ", true));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "<script>", true));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "1".repeat(65), true));
  }
}
