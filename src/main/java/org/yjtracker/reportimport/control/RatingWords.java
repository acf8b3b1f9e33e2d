package org.yjtracker.reportimport.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Rating;

/**
 * The ways reports spell a rating: "Requires improvement", "Requires Improvement", "Requiring
 * improvement", "Not rated" and so on.
 */
final class RatingWords {

  static final String ALTERNATIVES =
      "outstanding|good|requir(?:es|ing|ed)\\s+improvement|inadequate|not\\s+(?:yet\\s+)?rated";

  /** A rating at the end of a cell, ignoring trailing debris such as star symbols. */
  private static final Pattern AT_END =
      Pattern.compile("(?:^|\\s)(" + ALTERNATIVES + ")[^a-z0-9]*$", Pattern.CASE_INSENSITIVE);

  /** A line that holds a rating and nothing else. */
  private static final Pattern ALONE =
      Pattern.compile("^(" + ALTERNATIVES + ")[^a-z0-9]*$", Pattern.CASE_INSENSITIVE);

  private RatingWords() {}

  static Rating parse(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.startsWith("outstanding")) {
      return Rating.OUTSTANDING;
    }
    if (w.startsWith("good")) {
      return Rating.GOOD;
    }
    if (w.startsWith("requir")) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    if (w.startsWith("inadequate")) {
      return Rating.INADEQUATE;
    }
    if (w.startsWith("not")) {
      return Rating.NOT_RATED;
    }
    return null;
  }

  /** The rating a line or cell ends with, or null. */
  static Rating atEnd(String text) {
    Matcher m = AT_END.matcher(text);
    return m.find() ? parse(m.group(1)) : null;
  }

  /** Where the trailing rating starts, so the rest of the line can be read as a name. */
  static int startOfEnd(String text) {
    Matcher m = AT_END.matcher(text);
    return m.find() ? m.start(1) : -1;
  }

  /** The rating of a line that holds nothing else, or null. */
  static Rating alone(String text) {
    Matcher m = ALONE.matcher(text);
    return m.matches() ? parse(m.group(1)) : null;
  }

  /** How a rating is written in a warning. */
  static String words(Rating rating) {
    return switch (rating) {
      case OUTSTANDING -> "Outstanding";
      case GOOD -> "Good";
      case REQUIRES_IMPROVEMENT -> "Requires improvement";
      case INADEQUATE -> "Inadequate";
      case NOT_RATED -> "Not rated";
    };
  }
}
