package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.ParsedRecommendation;

/**
 * Reads the numbered recommendations under their addressee headings ("The YOT management board
 * should:", "Suffolk police:"). Items wrap over lines and may lose their number in extraction ("-
 * make sure that ..."); such an item is numbered from its neighbours and a warning says so.
 */
final class Recommendations {

  /** Lines after the heading that may still belong to the list. */
  private static final int MAX_REGION = 120;

  private static final Pattern ITEM =
      Pattern.compile("^(\\d{1,2})\\s?[.)](?:\\s+|(?=[a-z])|$)(.*)$");
  private static final Pattern ADDRESSEE = Pattern.compile("\\bshould\\s*:?$");
  private static final Pattern ANNOUNCED =
      Pattern.compile("\\bmade\\s+" + Numbers.NUMBER + "\\s+recommendations?\\b");

  void read(ReportText text, SectionMap sections, Draft draft) {
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      if (text.get(i).lower().equals("recommendations")) {
        List<Item> items = region(text, sections, i + 1);
        if (!items.isEmpty()) {
          number(items, draft);
          store(items, draft);
          checkAnnouncedCount(text, i + 1, items.size(), draft);
          return;
        }
      }
    }
  }

  private static List<Item> region(ReportText text, SectionMap sections, int from) {
    List<Item> items = new ArrayList<>();
    String heading = null;
    Item current = null;
    boolean afterGap = false;
    boolean afterProse = false;
    for (int i = from; i < text.size() && i < from + MAX_REGION; i++) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.isFootnote() || !line.hasWords()) {
        afterGap = true;
        continue;
      }
      if (sections.isHeading(i)) {
        break;
      }
      Matcher numbered = ITEM.matcher(line.text());
      if (numbered.matches()) {
        current = new Item(Integer.valueOf(numbered.group(1)), heading, line, numbered.group(2));
        items.add(current);
      } else if (isAddresseeHeading(line)) {
        heading = line.text();
        current = null;
        afterProse = false;
      } else if (current != null && isHeadingEnd(line) && current.lastContinuation != null) {
        // "The Suffolk YJS board and the office for the police and crime" / "commissioner
        // should:" is a heading wrapped over two lines, not the end of the item above it.
        heading = current.takeBackLastContinuation() + " " + line.text();
        current = null;
      } else if (line.bullet() && heading != null && !afterProse) {
        current = new Item(null, heading, line, line.text());
        items.add(current);
      } else if (current != null && continues(current, line, afterGap)) {
        current.continueWith(line);
      } else {
        // Prose after the list (the next section, its heading lost): from here on only an
        // explicit number or an addressee heading can start a recommendation.
        afterProse = !items.isEmpty();
        current = null;
      }
      afterGap = false;
    }
    // A number standing alone (its text in another column of the page) takes the following
    // lines as its text; one that never got any words was debris, not a recommendation.
    items.removeIf(item -> !hasLetters(item.text));
    return items;
  }

  /**
   * Whether a line carries on the item above it. Across a gap (a blank line, a page break) a
   * finished sentence followed by a capital is prose after the list, not more of the item.
   */
  private static boolean continues(Item item, Line line, boolean afterGap) {
    if (!afterGap || line.startsLowerCase() || item.text.isEmpty()) {
      return true;
    }
    char last = item.text.charAt(item.text.length() - 1);
    return last != '.' && last != ';' && last != ':';
  }

  private static boolean hasLetters(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAddresseeHeading(Line line) {
    String text = line.text();
    if (line.bullet() || text.length() > 160 || line.startsLowerCase()) {
      return false;
    }
    return ADDRESSEE.matcher(line.lower()).find()
        || (text.endsWith(":") && text.length() <= 100 && Addressees.namesABody(text));
  }

  private static boolean isHeadingEnd(Line line) {
    return line.startsLowerCase()
        && line.text().length() <= 100
        && ADDRESSEE.matcher(line.lower()).find();
  }

  /**
   * Gives a number to items that lost theirs, where the numbering has a hole for them ("- make sure
   * ..." before "2. ensure ..."). A bullet with no hole to fill is a wrapped line of the item above
   * it.
   */
  private static void number(List<Item> items, Draft draft) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.number != null) {
        continue;
      }
      int before = i > 0 ? items.get(i - 1).number : 0;
      Integer after = nextNumber(items, i + 1);
      if (after != null && after - before < 2 && i > 0) {
        items.get(i - 1).absorb(item);
        items.remove(i--);
        continue;
      }
      item.number = before + 1;
      draft.warn(
          "Recommendation "
              + item.number
              + " has no number in the text; it was numbered from its position",
          item.line);
    }
    for (int i = 1; i < items.size(); i++) {
      if (items.get(i).number != items.get(i - 1).number + 1) {
        draft.warn(
            "Recommendation "
                + items.get(i).number
                + " follows recommendation "
                + items.get(i - 1).number
                + "; numbers are not consecutive",
            items.get(i).line);
      }
    }
  }

  private static Integer nextNumber(List<Item> items, int from) {
    for (int i = from; i < items.size(); i++) {
      if (items.get(i).number != null) {
        return items.get(i).number;
      }
    }
    return null;
  }

  private static void store(List<Item> items, Draft draft) {
    draft.source("recommendations", items.get(0).line);
    for (Item item : items) {
      List<OrganisationKind> addressees =
          item.heading == null ? List.of() : Addressees.of(item.heading);
      if (item.heading == null) {
        draft.warn(
            "Recommendation " + item.number + " comes before any addressee heading", item.line);
      }
      draft.recommendations.add(
          new ParsedRecommendation(item.number, addressees, item.heading, item.text.toString()));
      draft.source("recommendations." + item.number, item.line);
    }
  }

  private static void checkAnnouncedCount(ReportText text, int from, int found, Draft draft) {
    for (int i = from; i < text.size() && i < from + 10; i++) {
      Matcher m = ANNOUNCED.matcher(text.get(i).lower());
      if (m.find()) {
        Integer announced = Numbers.parse(m.group(1));
        if (announced != null && announced != found) {
          draft.warn(
              "The report says it makes "
                  + announced
                  + " recommendations but "
                  + found
                  + " were found",
              text.get(i));
        }
        return;
      }
    }
  }

  /** A recommendation being read. */
  private static final class Item {
    private Integer number;
    private final String heading;
    private final StringBuilder text;

    /** Where the item's text starts: its number's line, or the next when the number stood alone. */
    private Line line;

    private String lastContinuation;

    Item(Integer number, String heading, Line line, String text) {
      this.number = number;
      this.heading = heading;
      this.line = line;
      this.text = new StringBuilder(text);
    }

    void continueWith(Line more) {
      if (text.isEmpty()) {
        line = more;
      } else {
        text.append(' ');
      }
      text.append(more.text());
      lastContinuation = more.text();
    }

    void absorb(Item wrapped) {
      text.append(' ').append(wrapped.text);
      lastContinuation = null;
    }

    String takeBackLastContinuation() {
      text.setLength(Math.max(text.length() - lastContinuation.length(), 0));
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      text.setLength(end);
      return lastContinuation;
    }
  }
}
