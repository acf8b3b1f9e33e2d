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
    Cleaning cleaning = new Cleaning(buffer);
    String text = cleaning.mapCharacters(input, start, end);
    if (cleaning.mojibake) {
      char[] repaired = repairMojibake(new String(input, start, end - start)).toCharArray();
      cleaning = new Cleaning(new char[3 * repaired.length + 2]);
      text = cleaning.mapCharacters(repaired, 0, repaired.length);
    }
    boolean indented = end > start && Character.isWhitespace(input[start]) && !text.isEmpty();
    if (cleaning.markup) {
      text = removeMarkup(text, cleaning);
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
        cleaning.footnote,
        cleaning.refs.isEmpty() ? List.of() : List.copyOf(cleaning.refs));
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

  private String removeMarkup(String text, Cleaning cleaning) {
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

  /** State of cleaning one line: the footnote markers found in it, and what else it needs. */
  private static final class Cleaning {
    /** Characters that start markup; a line without any skips the markup patterns. */
    private static final boolean[] MARKUP = new boolean[128];

    static {
      for (char c : "<&$[#*|".toCharArray()) {
        MARKUP[c] = true;
      }
    }

    private final List<Integer> refs = new ArrayList<>(2);
    private final char[] out;
    private int length;
    private Integer footnote;
    private boolean markup;
    private boolean mojibake;

    /** {@code out} must hold three characters for every input character, plus two. */
    Cleaning(char[] out) {
      this.out = out;
    }

    /**
     * Maps characters one by one: quotes and dashes to ASCII, odd spaces to spaces, invisible
     * characters and U+FFFD away, superscript digits to footnote markers; collapses spaces.
     */
    String mapCharacters(char[] raw, int start, int end) {
      int superscript = -1;
      for (int i = start; i < end; i++) {
        char c = raw[i];
        if (c > ' ' && c < 0x7F && c != '`') {
          if (superscript >= 0) {
            marker(superscript, length == 0);
            superscript = -1;
            space();
          }
          markup |= MARKUP[c];
          out[length++] = c;
          continue;
        }
        int digit = superscriptDigit(c);
        if (digit >= 0) {
          superscript = superscript < 0 ? digit : superscript * 10 + digit;
          continue;
        }
        if (superscript >= 0) {
          marker(superscript, length == 0);
          superscript = -1;
          space();
        }
        mojibake |= c == 'â' || c == 'Ã' || c == 'Â' || c == 'ï';
        String mapped = mapped(c, length == 0);
        if (mapped == null) {
          space();
        } else {
          for (int k = 0; k < mapped.length(); k++) {
            out[length++] = mapped.charAt(k);
          }
        }
      }
      if (superscript >= 0) {
        marker(superscript, length == 0);
      }
      if (length > 0 && out[length - 1] == ' ') {
        length--;
      }
      return new String(out, 0, length);
    }

    String takeRefs(Pattern marker, String s) {
      Matcher m = marker.matcher(s);
      if (!m.find()) {
        return s;
      }
      StringBuilder out = new StringBuilder(s.length());
      int from = 0;
      do {
        int value = Integer.parseInt(m.group(1));
        marker(value, s.substring(0, m.start()).isBlank());
        out.append(s, from, m.start()).append(' ');
        from = m.end();
      } while (m.find());
      return out.append(s, from, s.length()).toString().strip();
    }

    private void marker(int value, boolean leading) {
      if (leading && footnote == null) {
        footnote = value;
      } else {
        refs.add(value);
      }
    }

    private void space() {
      if (length > 0 && out[length - 1] != ' ') {
        out[length++] = ' ';
      }
    }

    /** The replacement of one character: null for a space, "" to drop it. */
    private static String mapped(char c, boolean atStart) {
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`':
          return "'";
        case '\u201C', '\u201D', '\u201E', '\u2033':
          return "\"";
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
          return "-";
        case '\u2022',
        '\u00B7',
        '\u25AA',
        '\u25CF',
        '\u25E6',
        '\u25A0',
        '\u25BA',
        '\uF0B7',
        '\uF0A7':
          return atStart ? "- " : null;
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
          return "";
        case '\uFB00':
          return "ff";
        case '\uFB01':
          return "fi";
        case '\uFB02':
          return "fl";
        case '\uFB03':
          return "ffi";
        case '\uFB04':
          return "ffl";
        default:
          if (Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.isISOControl(c)
              || Character.isSurrogate(c)
              || c == '\uFFFD') {
            return null;
          }
          return String.valueOf(c);
      }
    }

    private static int superscriptDigit(char c) {
      switch (c) {
        case '\u2070':
          return 0;
        case '\u00B9':
          return 1;
        case '\u00B2':
          return 2;
        case '\u00B3':
          return 3;
        default:
          return c >= '\u2074' && c <= '\u2079' ? c - '\u2070' : -1;
      }
    }
  }
}
