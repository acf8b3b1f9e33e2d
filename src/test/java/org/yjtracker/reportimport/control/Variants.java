package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.yjtracker.reportimport.entity.Rating;

/** Damaged versions of reports for robustness tests, and checks on what was read from them. */
final class Variants {

  private static final String NOISE =
      "\uFFFD\u0000\u0007\t%%1234567890.:;?!'\"`\u2019\u201C¹²⁴⁶[]$\\{}<>&#*-•|\u00A0\u200B"
          + "â€™Ã©abcxyzQWERTY \n\n\r\u2028😀🇬🇧т Ј";

  private Variants() {}

  static String truncated(String text, double fraction) {
    return text.substring(0, (int) (text.length() * fraction));
  }

  static String shuffledLines(String text, long seed) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    Collections.shuffle(lines, new Random(seed));
    return String.join("\n", lines);
  }

  static String duplicated(String text) {
    return text + "\n" + text;
  }

  /** About {@code rate} of the characters replaced by debris, plus some garbage lines. */
  static String noisy(String text, double rate, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(text.length() + 1024);
    for (int i = 0; i < text.length(); i++) {
      if (random.nextDouble() < rate) {
        int pick = random.nextInt(NOISE.length());
        if (Character.isHighSurrogate(NOISE.charAt(pick)) && pick + 1 < NOISE.length()) {
          out.append(NOISE, pick, pick + 2);
        } else if (!Character.isLowSurrogate(NOISE.charAt(pick))) {
          out.append(NOISE.charAt(pick));
        }
      } else {
        out.append(text.charAt(i));
      }
      if (text.charAt(i) == '\n' && random.nextDouble() < rate) {
        out.append(garbageLine(random)).append('\n');
      }
    }
    return out.toString();
  }

  private static String garbageLine(Random random) {
    String[] garbage = {
      "1.1 Governance", "Requires", "79", "%", "Score", "Overall rating", "- 7.", "should:", "Good"
    };
    return garbage[random.nextInt(garbage.length)] + " " + random.nextInt(100);
  }

  /** The lines of a text as the parser numbers them (1-based: line n is element n - 1). */
  static String[] lines(String text) {
    return text.split("\r\n|\r|\n", -1);
  }

  /** Whether a raw input line spells out the rating (in any of the spellings reports use). */
  static boolean showsRating(String rawLine, Rating rating) {
    // Any character the parser reads as a space counts as one here too.
    String line = rawLine.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ");
    return switch (rating) {
      case OUTSTANDING -> line.contains("outstanding");
      case GOOD -> line.contains("good");
      case REQUIRES_IMPROVEMENT -> line.matches("(?s).*requir\\w* ?improvement.*");
      case INADEQUATE -> line.contains("inadequate");
      case NOT_RATED -> line.matches("(?s).*not (been |yet )?rated.*");
    };
  }
}
