package org.yjtracker.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: token digests, file checksums, fixed-length keys for whatever a client sends. */
public final class Digests {

  private Digests() {}

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** One digest of several parts, each ended by a newline so that parts cannot run together. */
  public static String sha256(String... parts) {
    var joined = new StringBuilder();
    for (String part : parts) {
      joined.append(part.replace("\n", "\\n")).append('\n');
    }
    return sha256(joined.toString().getBytes(StandardCharsets.UTF_8));
  }
}
