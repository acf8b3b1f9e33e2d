package org.yjtracker.access.control;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchronizer tokens against cross-site request forgery: one random token per session, sent back
 * by forms (hidden field) and by page scripts (X-CSRF-Token header).
 */
public final class CsrfTokens {

  public static final String SESSION_ATTRIBUTE = "tracker.csrf";
  public static final String HEADER = "X-CSRF-Token";
  public static final String FORM_FIELD = "_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  public static String of(HttpSession session) {
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_ATTRIBUTE, created);
    return created;
  }

  public static boolean matches(HttpSession session, String presented) {
    if (session == null || presented == null) {
      return false;
    }
    Object expected = session.getAttribute(SESSION_ATTRIBUTE);
    return expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
