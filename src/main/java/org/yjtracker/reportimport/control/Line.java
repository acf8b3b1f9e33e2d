package org.yjtracker.reportimport.control;

import java.util.List;

/**
 * One input line after normalisation. {@code number} is the 1-based line of the input it came from;
 * {@code text} has markup, footnote markers, odd quotes and spacing removed; {@code lower} is its
 * lower-case form for cheap keyword checks. A line that starts with a footnote marker is a footnote
 * ({@code footnote} holds its number); {@code refs} are the footnote markers inside the line.
 */
record Line(
    int number,
    String text,
    String lower,
    boolean bullet,
    boolean indented,
    Integer footnote,
    List<Integer> refs) {

  boolean blank() {
    return text.isEmpty();
  }

  boolean isFootnote() {
    return footnote != null;
  }

  boolean startsLowerCase() {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
  }

  /** Separator rows and other debris that carry neither letters nor digits. */
  boolean hasWords() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
