package org.yjtracker.reportimport.control;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who and when: the local authority from the title, the service's name, the publication date,
 * and the start of fieldwork. Ratings-table headers are often cut ("ull Youth Justice Service"), so
 * the service's name is taken from where the text spells it out with the local authority in front.
 */
final class HeaderFacts {

  /** The title and publication lines sit near the top; more lines only risk false matches. */
  private static final int TITLE_LINES = 80;

  private static final Pattern TITLE =
      Pattern.compile(
          "\\bof youth (?:justice|offending) (?:services|work|work with children and victims)\\s+in\\b\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE = Pattern.compile("^[A-Z][A-Za-z'&,. -]{1,60}$");
  private static final Pattern PUBLISHED_MONTH =
      Pattern.compile(
          "\\b(?:inspectorate of probation|hmi probation),\\s*"
              + Numbers.MONTH
              + "\\s+(\\d{4})\\b");

  /** "Publication date:", "Published:", and older covers' "Date of publication:". */
  private static final String PUBLISHED_LABEL =
      "\\b(?:publication date\\s*:?|date of publication\\s*:?|published\\s*:)\\s*";

  private static final Pattern PUBLISHED_DATE = Pattern.compile(PUBLISHED_LABEL + Numbers.DATE);
  private static final Pattern PUBLISHED_MONTH_LABEL =
      Pattern.compile(PUBLISHED_LABEL + Numbers.MONTH + "\\s+(\\d{4})\\b");

  /**
   * A cover of 2018-2020 with its month alone on a line ("DECEMBER 2018"): the publication month,
   * taken only when nothing names the publication more plainly.
   */
  private static final Pattern COVER_MONTH =
      Pattern.compile("^\\s*" + Numbers.MONTH + "\\s+(\\d{4})\\s*$");

  /** A "Published:" label whose date is on the next line, or nowhere (web page copies). */
  private static final Pattern PUBLISHED_ALONE =
      Pattern.compile("^(?:published|publication date|date of publication)\\s*:?$");

  private static final Pattern DATE_ALONE =
      Pattern.compile(
          "^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?" + Numbers.DATE + "$");

  private static final Pattern FIELDWORK =
      Pattern.compile(
          "\\bfieldwork\\b[^.]{0,120}?\\b(?:beginning|starting|started|began|commencing|commenced)"
              + "(?:\\s+on)?\\s+(?:(?:mon|tues|wednes|thurs|fri)day\\s+)?"
              + Numbers.DATE);

  /** Older covers: "Dates of inspection fieldwork: September 2019" gives only the month. */
  private static final Pattern FIELDWORK_MONTH =
      Pattern.compile(
          "\\bdates? of (?:inspection )?fieldwork\\s*:?\\s*" + Numbers.MONTH + "\\s+(\\d{4})\\b");

  private static final Pattern SCREENING_VISIT =
      Pattern.compile(
          "\\binspection,?\\s+(?:was\\s+)?(?:conducted|carried out|took place)\\s+(?:from|between|on)\\s+(\\d{1,2})(?:st|nd|rd|th)?"
              + "\\s*(?:-|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+"
              + Numbers.MONTH
              + ",?\\s+(\\d{4})");

  void read(ReportText text, Draft draft) {
    readLocalAuthority(text, draft);
    Line coverMonth = null;
    Line emptyLabel = null;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      String lower = line.lower();
      if (i < TITLE_LINES && (lower.contains("publi") || lower.contains("probation,"))) {
        readPublished(line, draft);
        if (emptyLabel == null && PUBLISHED_ALONE.matcher(lower).matches()) {
          emptyLabel = readPublishedBelow(text, i, draft) ? null : line;
        }
      }
      if (i < TITLE_LINES && coverMonth == null && COVER_MONTH.matcher(lower).matches()) {
        coverMonth = line;
      }
      // A month alone (an older cover) gives way to a whole date further on.
      if ((draft.fieldworkStart == null || draft.fieldworkStart.length() == 7)
          && (lower.contains("fieldwork") || lower.contains("conducted"))) {
        readFieldwork(line, draft);
      }
    }
    if (draft.published == null && coverMonth != null) {
      Matcher month = COVER_MONTH.matcher(coverMonth.lower());
      if (month.matches()) {
        draft.published = Numbers.yearMonth(month.group(1), month.group(2));
        draft.source("published", coverMonth);
      }
    }
    if (draft.published == null && emptyLabel != null) {
      draft.warn(
          "The report's 'Published:' line gives no date: enter the publication date", emptyLabel);
    }
    if (draft.localAuthority != null) {
      new ServiceName().read(text, draft);
    }
  }

  /** "Published:" with the date alone on the next line; false when no date follows. */
  private static boolean readPublishedBelow(ReportText text, int label, Draft draft) {
    int next = text.nextNonBlank(label + 1);
    if (next < 0 || next > label + 3) {
      return false;
    }
    Line line = text.get(next);
    Matcher m = DATE_ALONE.matcher(line.lower());
    if (!m.matches()) {
      return false;
    }
    LocalDate day = Numbers.date(m.group(1), m.group(2), m.group(3));
    if (day == null) {
      return false;
    }
    if (draft.published == null || draft.published.length() < 10) {
      draft.published = day.toString();
      draft.source("published", line);
    }
    return true;
  }

  private static void readLocalAuthority(ReportText text, Draft draft) {
    for (int i = 0; i < text.size() && i < TITLE_LINES; i++) {
      text.tick();
      Matcher m = TITLE.matcher(text.text(i));
      if (!m.find()) {
        continue;
      }
      Line from = text.get(i);
      String place = m.group(1).strip();
      if (place.isEmpty()) {
        int next = text.nextNonBlank(i + 1);
        if (next < 0) {
          return;
        }
        from = text.get(next);
        place = from.text();
      }
      place = place.replaceAll("[.:]+$", "").strip();
      if (PLACE.matcher(place).matches()) {
        draft.localAuthority = place;
        draft.source("local_authority", from);
      }
      return;
    }
  }

  private static void readPublished(Line line, Draft draft) {
    Matcher date = PUBLISHED_DATE.matcher(line.lower());
    if (date.find()) {
      LocalDate day = Numbers.date(date.group(1), date.group(2), date.group(3));
      if (day != null && (draft.published == null || draft.published.length() < 10)) {
        draft.published = day.toString();
        draft.source("published", line);
        return;
      }
    }
    if (draft.published != null) {
      return;
    }
    Matcher month = PUBLISHED_MONTH.matcher(line.lower());
    if (!month.find()) {
      month = PUBLISHED_MONTH_LABEL.matcher(line.lower());
      if (!month.find()) {
        return;
      }
    }
    draft.published = Numbers.yearMonth(month.group(1), month.group(2));
    draft.source("published", line);
  }

  private static void readFieldwork(Line line, Draft draft) {
    Matcher month = FIELDWORK_MONTH.matcher(line.lower());
    if (draft.fieldworkStart == null && month.find()) {
      draft.fieldworkStart = Numbers.yearMonth(month.group(1), month.group(2));
      draft.source("fieldwork_start", line);
      return;
    }
    Matcher m = FIELDWORK.matcher(line.lower());
    if (!m.find()) {
      m = SCREENING_VISIT.matcher(line.lower());
      if (!m.find()) {
        return;
      }
    }
    LocalDate start = Numbers.date(m.group(1), m.group(2), m.group(3));
    if (start != null) {
      draft.fieldworkStart = start.toString();
      draft.source("fieldwork_start", line);
    } else {
      draft.warn("The fieldwork start date in the text is not a real date", line);
    }
  }

  /** The name of the service, which reports write out in full with the place name in front. */
  private static final class ServiceName {

    void read(ReportText text, Draft draft) {
      String place = Pattern.quote(draft.localAuthority);
      Pattern full =
          Pattern.compile(
              "\\b"
                  + place
                  + "\\s+(Youth\\s+(?:Justice|Offending)\\s+(?:Service|Team))\\b(?!\\s+(?:Management\\s+|Partnership\\s+)?Board)");
      Pattern anyCase = Pattern.compile(full.pattern(), Pattern.CASE_INSENSITIVE);
      // "Darlington Young People's Engagement and Justice Service (YPE&JS)", "Leicester City
      // Children and Young People's Justice Service (CYPJS)".
      Pattern abbreviated =
          Pattern.compile(
              "\\b"
                  + place
                  + "\\s+((?:(?:[A-Z][\\w'&-]*|and|of|for|the)\\s+){1,8}?(?:Service|Team))\\s+\\([A-Z&]{2,8}\\)");
      // The 2025 forewords: "rated work with children and victims in Hounslow YJS".
      Pattern shortName = Pattern.compile("\\b" + place + "\\s+(YJS|YOT|YOS)\\b");
      for (Pattern pattern : new Pattern[] {full, abbreviated, anyCase, shortName}) {
        for (int i = 0; i < text.size(); i++) {
          text.tick();
          Line line = text.get(i);
          if (pattern != shortName
              && !line.lower().contains(" service")
              && !line.lower().contains(" team")) {
            continue;
          }
          Matcher m = pattern.matcher(line.text());
          if (m.find()) {
            String name = m.group(1).replaceAll("\\s+", " ");
            draft.service =
                draft.localAuthority + " " + (pattern == anyCase ? titleCase(name) : name);
            draft.source("service", line);
            return;
          }
        }
      }
    }

    private static String titleCase(String words) {
      StringBuilder out = new StringBuilder(words.length());
      for (String word : words.split(" ")) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      return out.toString();
    }
  }
}
