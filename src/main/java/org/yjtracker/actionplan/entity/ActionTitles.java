package org.yjtracker.actionplan.entity;

/**
 * An action's short title: what lists, pages, exports and e-mails call it. People give one; an
 * action made without one (through the API, an imported spreadsheet with no title column) takes its
 * description's first sentence when that is short, else its first words up to a space, with "…".
 * Migration V17 gave existing actions theirs by the same rule.
 */
public final class ActionTitles {

  public static final int MAX = 120;
  static final int DERIVED = 90;

  private ActionTitles() {}

  /** The title given, or one made from the description when none is. */
  public static String of(String given, String description) {
    if (given != null && !given.isBlank()) {
      return given.strip().replaceAll("\\s+", " ");
    }
    return from(description);
  }

  static String from(String description) {
    String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
    int sentence = text.indexOf(". ");
    if (sentence > 0 && sentence <= DERIVED) {
      return text.substring(0, sentence);
    }
    if (text.length() <= DERIVED) {
      return text;
    }
    int cut = text.lastIndexOf(' ', DERIVED);
    return text.substring(0, cut > 20 ? cut : DERIVED).strip() + "…";
  }
}
