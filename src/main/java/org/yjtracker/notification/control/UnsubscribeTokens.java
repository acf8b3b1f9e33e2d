package org.yjtracker.notification.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on an unsubscribe link, so that it works without signing in and only for the person
 * and kind it names: HMAC-SHA256 with the database's own key (made by the migration, never in the
 * repository). The links do not expire: an old mail's link still turns its mails off.
 */
public final class UnsubscribeTokens {

  /** In a link: every kind. */
  public static final String ALL = "all";

  private final byte[] key;

  public UnsubscribeTokens(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("The signing key must have at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The token for that person and kind (a kind's parameter, or {@link #ALL}). */
  public String sign(long accountId, String kind) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signature =
          mac.doFinal(("unsubscribe:" + accountId + ":" + kind).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether the token is the one for that person and kind; in constant time. */
  public boolean valid(long accountId, String kind, String token) {
    if (token == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(accountId, kind).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** The path of the link: /unsubscribe?account=…&kind=…&token=… (URL-safe as it is). */
  public String path(long accountId, String kind) {
    return "/unsubscribe?account="
        + accountId
        + "&kind="
        + kind
        + "&token="
        + sign(accountId, kind);
  }
}
