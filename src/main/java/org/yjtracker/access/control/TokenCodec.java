package org.yjtracker.access.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.yjtracker.platform.control.Digests;

/**
 * Personal API tokens: 256 random bits behind a recognisable prefix, so a leaked token is easy to
 * spot in logs and repositories. Only the SHA-256 digest is stored; a token has enough entropy that
 * a slow hash would add nothing.
 */
public final class TokenCodec {

  public static final String PREFIX = "yjt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenCodec() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String newPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String digest(String token) {
    return Digests.sha256(token.getBytes(StandardCharsets.UTF_8));
  }

  /** What lists show of a token: enough to recognise it, useless to an attacker. */
  public static String visiblePrefix(String token) {
    return token.substring(0, Math.min(token.length(), PREFIX.length() + 6));
  }

  public static boolean looksLikeToken(String value) {
    return value != null && value.startsWith(PREFIX) && value.length() > PREFIX.length() + 20;
  }
}
