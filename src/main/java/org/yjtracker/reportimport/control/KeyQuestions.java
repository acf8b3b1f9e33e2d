package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each case-sample standard's key questions and their % 'Yes' from the small table after "Our
 * rating for assessment is based on the following key questions". The table may be interrupted by a
 * footnote, a question may wrap onto the next line, and its percentage may be split from it ("...
 * keep other people safe? 7" / "9%") or written "79 %".
 */
final class KeyQuestions {

  private static final int MAX_QUESTIONS = 3;

  /** Lines after the introduction that may still belong to the table. */
  private static final int MAX_LOOKAHEAD = 30;

  private static final Pattern TRAILING_PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,3})\\s?%$");
  private static final Pattern PERCENT_ONLY = Pattern.compile("^(\\d{1,3})\\s?%$");
  private static final Pattern DIGITS_AFTER_QUESTION = Pattern.compile("\\?\\s*(\\d{1,2})$");
  private static final Pattern YES_HEADER =
      Pattern.compile("^%?\\s*'?\\s*yes\\b.{0,6}$|^%.{0,12}$");
  private static final Pattern QUESTION_START =
      Pattern.compile("^(?:does|do|is|are|has|have|was|were|how)\\b");

  void read(ReportText text, SectionMap sections, Draft draft) {
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      String lower = text.get(i).lower();
      if (!lower.contains("key question")) {
        continue;
      }
      String code = sections.standardAt(i);
      if (code == null || draft.keyQuestions.containsKey(code)) {
        continue;
      }
      List<Integer> values = collect(text, i + 1, code, draft);
      if (!values.isEmpty()) {
        draft.keyQuestions.put(code, values);
        if (values.size() < MAX_QUESTIONS) {
          draft.warn(
              "Found " + values.size() + " of 3 key questions for standard " + code, text.get(i));
        }
      }
    }
  }

  private static List<Integer> collect(ReportText text, int from, String code, Draft draft) {
    List<Integer> values = new ArrayList<>(MAX_QUESTIONS);
    int i = from;
    while (i < text.size() && i < from + MAX_LOOKAHEAD && values.size() < MAX_QUESTIONS) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.isFootnote() || !line.hasWords() || isYesHeader(line)) {
        i++;
        continue;
      }
      Reading reading = percentOf(text, i);
      if (reading == null) {
        break;
      }
      values.add(reading.percent);
      String path = "key_questions_percent_yes." + code;
      draft.source(path, line);
      draft.source(path + "." + values.size(), text.get(reading.lastLine));
      if (reading.split) {
        draft.warn(
            "The percentage of key question "
                + values.size()
                + " of standard "
                + code
                + " is split over lines; read as "
                + reading.percent
                + "%",
            text.get(reading.lastLine));
      }
      i = reading.lastLine + 1;
    }
    return values;
  }

  private static boolean isYesHeader(Line line) {
    return line.text().length() <= 16 && YES_HEADER.matcher(line.lower()).find();
  }

  /** The percentage that ends the question starting on line {@code index}, or null. */
  private static Reading percentOf(ReportText text, int index) {
    String question = text.text(index);
    Integer percent = trailingPercent(question);
    if (percent != null) {
      return new Reading(percent, index, false);
    }
    if (!QUESTION_START.matcher(text.get(index).lower()).find() || question.endsWith(".")) {
      return null;
    }
    int next = text.nextNonBlank(index + 1);
    if (next < 0) {
      return null;
    }
    Matcher alone = PERCENT_ONLY.matcher(text.text(next));
    if (alone.matches()) {
      Matcher digits = DIGITS_AFTER_QUESTION.matcher(question);
      if (digits.find()) {
        Integer joined = percent(digits.group(1) + alone.group(1));
        return joined == null ? null : new Reading(joined, next, true);
      }
      Integer value = percent(alone.group(1));
      return value == null ? null : new Reading(value, next, true);
    }
    if (question.endsWith("?")) {
      return null;
    }
    // A question wrapped onto a second line keeps its percentage at the end of that line.
    Integer wrapped = trailingPercent(text.text(next));
    return wrapped == null || text.get(next).isFootnote()
        ? null
        : new Reading(wrapped, next, false);
  }

  private static Integer trailingPercent(String line) {
    Matcher m = TRAILING_PERCENT.matcher(line);
    return m.find() ? percent(m.group(1)) : null;
  }

  private static Integer percent(String digits) {
    int value = Integer.parseInt(digits);
    return value <= 100 ? value : null;
  }

  private record Reading(int percent, int lastLine, boolean split) {}
}
