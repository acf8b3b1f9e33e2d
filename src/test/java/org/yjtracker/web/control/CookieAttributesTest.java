package org.yjtracker.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CookieAttributesTest {

  @Test
  void httpsIsTakenFromTheConnectionOrFromATrustedProxyOnly() {
    assertTrue(CookieAttributes.arrivedOverHttps(true, null, false));
    assertTrue(CookieAttributes.arrivedOverHttps(false, "https", true));
    assertTrue(CookieAttributes.arrivedOverHttps(false, " HTTPS ", true));
    assertTrue(CookieAttributes.arrivedOverHttps(false, "https, http", true), "browser's is first");
    assertFalse(CookieAttributes.arrivedOverHttps(false, "http, https", true));
    assertFalse(CookieAttributes.arrivedOverHttps(false, "https", false), "anyone can send it");
    assertFalse(CookieAttributes.arrivedOverHttps(false, null, true));
    assertFalse(CookieAttributes.arrivedOverHttps(false, "http", true));
  }

  @Test
  void sameSiteIsAddedToACookieWithout() {
    assertEquals(
        "TRACKER_SESSION=abc; Path=/; HttpOnly; SameSite=Lax",
        CookieAttributes.harden("TRACKER_SESSION=abc; Path=/; HttpOnly", false));
    assertEquals("a=b; SameSite=Lax", CookieAttributes.harden("a=b", false));
  }

  @Test
  void secureIsAddedOnlyWhenAsked() {
    assertEquals("a=b; Path=/; SameSite=Lax; Secure", CookieAttributes.harden("a=b; Path=/", true));
  }

  @Test
  void attributesAlreadyThereAreNotRepeatedWhateverTheirCase() {
    assertEquals(
        "a=b; Path=/;SameSite=Strict; secure",
        CookieAttributes.harden("a=b; Path=/;SameSite=Strict; secure", true));
  }

  @Test
  void aValueThatLooksLikeAnAttributeIsNotOne() {
    // The cookie's own name and value come before the first ';' and are never attributes.
    assertEquals(
        "Secure=SameSite; SameSite=Lax; Secure", CookieAttributes.harden("Secure=SameSite", true));
  }
}
