package org.yjtracker.platform.control;

import java.util.Locale;

/** Builds "contains" patterns for JPQL LIKE, so a user's % or _ matches itself. */
public final class Like {

  private Like() {}

  public static String containing(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
