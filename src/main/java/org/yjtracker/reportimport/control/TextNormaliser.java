package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a report (from a PDF, a web page or a word processor) into clean lines
 * without changing the line numbering, so that every value can point back to the line of the input
 * it came from.
 *
 * <p>Real reports carry HTML and Markdown debris, LaTeX fragments where a star image was,
 * superscript footnote markers, curly quotes, U+FFFD and UTF-8 read as Windows-1252 ("â€™"). All of
 * it is either mapped to plain text or recorded (footnote markers) and removed.
 */
final class TextNormaliser {

  /** Published reports are well under 1 MB of text; more than this is not a report. */
  static final int MAX_CHARS = 3_000_000;

  /** Longer lines are cut before matching, so no pattern ever sees an unbounded line. */
  static final int MAX_LINE_CHARS = 20_000;

  private static final Map<String, String> MOJIBAKE =
      Map.ofEntries(
          Map.entry("â€™", "'"),
          Map.entry("â€˜", "'"),
          Map.entry("â€œ", "\""),
          Map.entry("â€\u009d", "\""),
          Map.entry("â€\u009c", "\""),
          Map.entry("â€“", "-"),
          Map.entry("â€”", "-"),
          Map.entry("â€¢", "-"),
          Map.entry("â€¦", "..."),
          Map.entry("Â ", " "),
          Map.entry("Â\u00a0", " "),
          Map.entry("Ã©", "é"),
          Map.entry("Ã¨", "è"),
          Map.entry("Ã¯", "ï"),
          Map.entry("ï»¿", ""));

  private static final Pattern SUP_TAG =
      Pattern.compile("<sup>\\s{0,3}(\\d{1,3})\\s{0,3}(?:</sup>)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}[^<>]{0,200}>");
  private static final Pattern LATEX = Pattern.compile("\\$[^$]{0,400}\\$");
  private static final Pattern MD_LINK =
      Pattern.compile("\\[([^\\[\\]]{0,400})\\]\\([^()]{0,400}\\)");
  private static final Pattern BRACKET_REF = Pattern.compile("\\[(\\d{1,3})\\]");
  private static final Pattern HEADING_HASHES = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern BULLET = Pattern.compile("^[-+]\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /** "Foreword (Back to top)": a web page's headings carry a link back to the top. */
  private static final Pattern BACK_TO_TOP =
      Pattern.compile("\\s*[(\\[]?\\s*back to top\\s*[)\\]]?$", Pattern.CASE_INSENSITIVE);

  private final PageFurniture furniture = new PageFurniture();

  ReportText normalise(String input, Deadline deadline) {
    if (input.length() > MAX_CHARS) {
      throw new NotAReportException(
          "This document is too large to be an inspection report ("
              + input.length() / 1_000_000
              + " million characters of text)");
    }
    List<Line> lines = new ArrayList<>(input.length() / 60 + 16);
    // One array for the whole text and one output buffer for every line: reading characters
    // is most of the work of a parse.
    char[] chars = input.toCharArray();
    char[] buffer = new char[3 * Math.min(chars.length, MAX_LINE_CHARS) + 2];
    int start = 0;
    int number = 1;
    int length = chars.length;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? chars[i] : '\n';
      if (c == '\n' || c == '\r') {
        int end = Math.min(i, start + MAX_LINE_CHARS);
        lines.add(clean(chars, start, end, number++, buffer));
        if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
        deadline.check();
      }
    }
    furniture.blankOut(lines);
    return new ReportText(lines, deadline);
  }

  private Line clean(char[] input, int start, int end, int number, char[] buffer) {
    LineCleaning cleaning = new LineCleaning(buffer);
    String text = cleaning.mapCharacters(input, start, end);
    if (cleaning.mayHaveMojibake()) {
      char[] repaired = repairMojibake(new String(input, start, end - start)).toCharArray();
      cleaning = new LineCleaning(new char[3 * repaired.length + 2]);
      text = cleaning.mapCharacters(repaired, 0, repaired.length);
    }
    boolean indented = end > start && Character.isWhitespace(input[start]) && !text.isEmpty();
    if (cleaning.mayHaveMarkup()) {
      text = removeMarkup(text, cleaning);
    }
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    if (text.length() > 11
        && (last == ')' || last == ']' || last == 'p' || last == 'P')
        && text.toLowerCase(java.util.Locale.ROOT).contains("back to top")) {
      String cut = BACK_TO_TOP.matcher(text).replaceFirst("");
      text = cut.isEmpty() ? text : cut;
    }
    boolean bullet = false;
    if (text.startsWith("-") || text.startsWith("+")) {
      Matcher bulletMatch = BULLET.matcher(text);
      if (bulletMatch.find()) {
        bullet = true;
        text = text.substring(bulletMatch.end()).strip();
      }
    }
    return new Line(
        number,
        text,
        text.toLowerCase(java.util.Locale.ROOT),
        bullet,
        indented,
        cleaning.footnote(),
        cleaning.refs());
  }

  private static String repairMojibake(String raw) {
    if (raw.indexOf('â') < 0
        && raw.indexOf('Â') < 0
        && raw.indexOf('Ã') < 0
        && raw.indexOf('ï') < 0) {
      return raw;
    }
    String repaired = raw;
    for (Map.Entry<String, String> entry : MOJIBAKE.entrySet()) {
      repaired = repaired.replace(entry.getKey(), entry.getValue());
    }
    return repaired;
  }

  private String removeMarkup(String text, LineCleaning cleaning) {
    String s = text;
    if (s.indexOf('<') >= 0) {
      s = TAG.matcher(cleaning.takeRefs(SUP_TAG, s)).replaceAll("");
    }
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
      if (s.indexOf('<') >= 0) {
        s = TAG.matcher(cleaning.takeRefs(SUP_TAG, s)).replaceAll("");
      }
    }
    if (s.indexOf('$') >= 0) {
      s = LATEX.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('[') >= 0) {
      s = MD_LINK.matcher(s).replaceAll("$1");
      s = cleaning.takeRefs(BRACKET_REF, s);
    }
    if (s.startsWith("#")) {
      s = HEADING_HASHES.matcher(s).replaceFirst("");
    }
    if (s.indexOf('*') >= 0) {
      s = s.startsWith("* ") ? "- " + s.substring(2).replace("*", "") : s.replace("*", "");
    }
    if (s.startsWith("|")) {
      s = s.replace('|', ' ');
    }
    if (s.indexOf("  ") >= 0) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    return s.strip();
  }

  private static String decodeEntities(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
