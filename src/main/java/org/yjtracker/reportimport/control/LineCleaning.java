package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the characters of one line: quotes and dashes to ASCII, odd spaces to single spaces,
 * invisible characters and U+FFFD away, superscript digits and bracketed numbers recorded as
 * footnote markers. It also notes whether the line needs the slower markup patterns at all.
 */
final class LineCleaning {
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

  /** The number of the footnote this line is, or null. */
  Integer footnote() {
    return footnote;
  }

  /** The footnote markers inside the line. */
  List<Integer> refs() {
    return refs.isEmpty() ? List.of() : List.copyOf(refs);
  }

  /** Whether the line has a character that may start markup ("<", "&", "$", "[", "#", "*"). */
  boolean mayHaveMarkup() {
    return markup;
  }

  /** Whether the line has a character that starts UTF-8 read as Windows-1252. */
  boolean mayHaveMojibake() {
    return mojibake;
  }

  /** {@code out} must hold three characters for every input character, plus two. */
  LineCleaning(char[] out) {
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
      case '\u2022', '\u00B7', '\u25AA', '\u25CF', '\u25E6', '\u25A0', '\u25BA', '\uF0B7', '\uF0A7':
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
