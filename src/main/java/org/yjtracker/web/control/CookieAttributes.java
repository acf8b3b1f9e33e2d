package org.yjtracker.web.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * The attributes every cookie of the tracker carries: SameSite=Lax always (Lax, not Strict: a link
 * to the tracker in an email must open signed in), and Secure whenever the request came over HTTPS,
 * so the browser never sends the cookie over plain HTTP afterwards.
 */
public final class CookieAttributes {

  public static final String SAME_SITE = "Lax";

  private CookieAttributes() {}

  /**
   * Whether the browser reached us over HTTPS: directly, or through a proxy that ended TLS and says
   * so in X-Forwarded-Proto. That header is believed only from a trusted proxy (a setting), as any
   * client can send it.
   *
   * @param forwardedProto the X-Forwarded-Proto header or null; with several proxies the first
   *     value is the one the browser used
   */
  public static boolean arrivedOverHttps(
      boolean requestIsSecure, String forwardedProto, boolean proxyTrusted) {
    if (requestIsSecure) {
      return true;
    }
    if (!proxyTrusted || forwardedProto == null) {
      return false;
    }
    return forwardedProto.split(",", 2)[0].strip().equalsIgnoreCase("https");
  }

  /** A Set-Cookie header value with SameSite (unless it has one) and, if asked, Secure added. */
  public static String harden(String setCookie, boolean secure) {
    String hardened = setCookie.strip();
    if (!hasAttribute(hardened, "samesite")) {
      hardened += "; SameSite=" + SAME_SITE;
    }
    if (secure && !hasAttribute(hardened, "secure")) {
      hardened += "; Secure";
    }
    return hardened;
  }

  /** The attributes follow the first ';' (the name=value pair comes first). */
  static boolean hasAttribute(String setCookie, String name) {
    int firstSemicolon = setCookie.indexOf(';');
    if (firstSemicolon < 0) {
      return false;
    }
    return Arrays.stream(setCookie.substring(firstSemicolon + 1).split(";"))
        .map(attribute -> attribute.split("=", 2)[0].strip().toLowerCase(Locale.ROOT))
        .anyMatch(name::equals);
  }
}
