package org.yjtracker.theme.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests themes for a recommendation from the words of its text: a theme is suggested when one of
 * its keywords occurs as whole words (never inside a longer word), whatever the case, in singular
 * or plural, with a hyphen, a space or nothing between its parts ("out-of-court" and "out of
 * court", "over-representation" and "overrepresentation"). A keyword written in capitals ("SEND",
 * "NEET") is an acronym and matches only in capitals, so "send" the verb does not suggest it.
 *
 * <p>Only the text is read, not the heading: a heading names the addressee ("The Bexley Youth
 * Justice Management Board should:"), and reading it would suggest governance for every
 * recommendation addressed to a board.
 */
public final class ThemeSuggester {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A theme as the suggester needs it. */
  public record Vocabulary(long themeId, String code, String name, Collection<String> keywords) {
    public Vocabulary {
      Objects.requireNonNull(code);
      Objects.requireNonNull(name);
      keywords = List.copyOf(keywords);
    }
  }

  /** A suggested theme and the phrases of the text, as written there, that suggested it. */
  public record Suggestion(long themeId, String code, String name, List<String> matched) {}

  private ThemeSuggester() {}

  /** The suggested themes in the order given, each with its matched phrases in text order. */
  public static List<Suggestion> suggest(Collection<Vocabulary> themes, String text) {
    List<Token> tokens = tokens(text == null ? "" : text);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Vocabulary theme : themes) {
      List<Hit> hits = new ArrayList<>();
      for (String keyword : theme.keywords()) {
        hits.addAll(find(keyword, tokens, text));
      }
      if (!hits.isEmpty()) {
        hits.sort((a, b) -> Integer.compare(a.start, b.start));
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Hit hit : hits) {
          if (seen.add(hit.phrase.toLowerCase(Locale.ROOT))) {
            phrases.add(hit.phrase);
          }
        }
        suggestions.add(
            new Suggestion(theme.themeId(), theme.code(), theme.name(), List.copyOf(phrases)));
      }
    }
    return suggestions;
  }

  /** Whether a keyword occurs in the text; the same rules as {@link #suggest}. */
  public static boolean matches(String keyword, String text) {
    return !find(keyword, tokens(text), text).isEmpty();
  }

  private record Token(String word, int start, int end, boolean hyphenBefore) {}

  private record Hit(int start, String phrase) {}

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = -1;
    while (m.find()) {
      boolean hyphen =
          previousEnd >= 0 && m.start() == previousEnd + 1 && isHyphen(text.charAt(previousEnd));
      tokens.add(new Token(m.group(), m.start(), m.end(), hyphen));
      previousEnd = m.end();
    }
    return tokens;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static List<Hit> find(String keyword, List<Token> text, String original) {
    List<Token> parts = tokens(keyword.strip());
    if (parts.isEmpty()) {
      return List.of();
    }
    boolean acronym = isAcronym(keyword);
    String compact = compact(parts, 0, parts.size());
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      int end = -1;
      // The keyword word for word ("out of court" in "out-of-court" too).
      if (i + parts.size() <= text.size()) {
        boolean all = true;
        for (int k = 0; k < parts.size() && all; k++) {
          all = same(parts.get(k).word(), text.get(i + k).word(), acronym);
        }
        if (all) {
          end = i + parts.size() - 1;
        }
      }
      // "over-representation" written as one word, or "overrepresentation" hyphenated.
      if (end < 0 && !acronym) {
        if (parts.size() > 1 && same(compact, text.get(i).word(), false)) {
          end = i;
        } else {
          StringBuilder joined = new StringBuilder(text.get(i).word());
          for (int j = i + 1; j < text.size() && text.get(j).hyphenBefore(); j++) {
            joined.append(text.get(j).word());
            if (same(compact, joined.toString(), false)) {
              end = j;
              break;
            }
          }
        }
      }
      if (end >= 0) {
        hits.add(
            new Hit(
                text.get(i).start(), original.substring(text.get(i).start(), text.get(end).end())));
      }
    }
    return hits;
  }

  private static String compact(List<Token> parts, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      s.append(parts.get(k).word());
    }
    return s.toString();
  }

  /** At least two letters and no lower case: an acronym such as SEND or NEET. */
  static boolean isAcronym(String keyword) {
    long letters = keyword.chars().filter(Character::isLetter).count();
    return letters >= 2 && keyword.chars().noneMatch(Character::isLowerCase);
  }

  /** One word of a keyword against one word of the text, singular or plural. */
  static boolean same(String keywordWord, String textWord, boolean acronym) {
    if (acronym) {
      return textWord.equals(keywordWord) || textWord.equals(keywordWord + "s");
    }
    String k = keywordWord.toLowerCase(Locale.ROOT);
    String t = textWord.toLowerCase(Locale.ROOT);
    return k.equals(t) || pluralOf(k, t) || pluralOf(t, k);
  }

  private static boolean pluralOf(String singular, String plural) {
    if (singular.length() < 2) {
      return false;
    }
    if (plural.equals(singular + "s") || plural.equals(singular + "es")) {
      return true;
    }
    return singular.endsWith("y")
        && singular.length() > 2
        && plural.equals(singular.substring(0, singular.length() - 1) + "ies");
  }
}
