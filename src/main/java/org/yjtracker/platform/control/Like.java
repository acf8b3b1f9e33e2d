package org.yjtracker.platform.control;

import java.util.Locale;

/** Builds "contains" patterns for JPQL LIKE, so a user's % or _ matches itself. */
public final class Like {

  private Like() {}

  /** Null for no text, so an empty filter is left out. */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
