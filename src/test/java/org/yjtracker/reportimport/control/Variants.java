package org.yjtracker.reportimport.control;

import java.util.Locale;
import org.yjtracker.reportimport.entity.Rating;

/** Helpers for robustness tests: damaged versions of reports and checks on what was read. */
final class Variants {

  private Variants() {}

  /** Whether a raw input line spells out the rating (in any of the spellings reports use). */
  static boolean showsRating(String rawLine, Rating rating) {
    String line = rawLine.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (rating) {
      case OUTSTANDING -> line.contains("outstanding");
      case GOOD -> line.contains("good");
      case REQUIRES_IMPROVEMENT -> line.matches(".*requir\\w* improvement.*");
      case INADEQUATE -> line.contains("inadequate");
      case NOT_RATED -> line.matches(".*not (been |yet )?rated.*");
    };
  }
}
