package org.yjtracker.theme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjtracker.reportimport.control.ReportParser;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.theme.control.ThemeSuggester.Suggestion;
import org.yjtracker.theme.control.ThemeSuggester.Vocabulary;

/**
 * Suggestions from the seeded keywords (read from the migrations themselves) for the real
 * recommendations of the sample reports, and the matching rules on small made-up sentences.
 */
class ThemeSuggesterTest {

  private static final List<Vocabulary> SEEDED = seededThemes();
  private static final ReportParser PARSER = new ReportParser();

  @ParameterizedTest(name = "{0} recommendation {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bexley-2024|1|VICTIMS",
        "bexley-2024|2|DIVERSITY",
        "bexley-2024|3|CONTINGENCY RISK_OF_HARM",
        "bexley-2024|4|OUT_OF_COURT VICTIMS",
        "bexley-2024|5|OUT_OF_COURT",
        "sandwell-2014|1|RISK_OF_HARM SAFETY_WELLBEING",
        "sandwell-2014|2|OVERSIGHT RISK_OF_HARM SAFETY_WELLBEING",
        "solihull-2023|1|RISK_OF_HARM SAFETY_WELLBEING",
        "solihull-2023|2|OVERSIGHT",
        "solihull-2023|3|EDUCATION_SEND GOVERNANCE",
        "solihull-2023|4|SLC",
        "solihull-2023|5|VOICE",
        "suffolk-2023|1|RISK_OF_HARM SAFETY_WELLBEING",
        "suffolk-2023|2|SAFETY_WELLBEING VICTIMS",
        "suffolk-2023|3|SAFETY_WELLBEING",
        "suffolk-2023|4|SAFETY_WELLBEING",
        "suffolk-2023|5|DATA",
        "suffolk-2023|6|FUNDING OUT_OF_COURT",
        "suffolk-2023|7|DATA GOVERNANCE",
        "suffolk-2023|8|DATA EDUCATION_SEND FUNDING",
        "suffolk-2023|9|DIVERSITY",
        "wolverhampton-2022|1|EDUCATION_SEND",
        "wolverhampton-2022|2|DIVERSITY",
        "wolverhampton-2022|3|CONTINGENCY RISK_OF_HARM",
      })
  void realRecommendationsGetTheirThemesAndNoOthers(String report, int number, String expected) {
    String text = recommendation(report, number);
    Set<String> codes =
        ThemeSuggester.suggest(SEEDED, text).stream()
            .map(Suggestion::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(expected.split(" ")), codes, text);
  }

  @Test
  void saysWhichPhrasesOfTheTextSuggestedATheme() {
    String text = recommendation("bexley-2024", 4);
    Suggestion victims = suggestion(text, "VICTIMS");
    assertEquals(List.of("victim"), victims.matched().subList(0, 1));
    assertTrue(victims.matched().contains("victims"), victims.matched().toString());
    assertEquals(List.of("out-of-court"), suggestion(text, "OUT_OF_COURT").matched());
    assertEquals(
        List.of("SEND", "EHCP"),
        suggestion(recommendation("wolverhampton-2022", 1), "EDUCATION_SEND")
            .matched()
            .subList(0, 2));
  }

  @Test
  void sendTheVerbIsNotSpecialEducationalNeeds() {
    assertFalse(ThemeSuggester.matches("SEND", "send the plan to the board"));
    assertFalse(ThemeSuggester.matches("SEND", "Send the plan to the board"));
    assertTrue(ThemeSuggester.matches("SEND", "children with SEND have access"));
    assertFalse(ThemeSuggester.matches("NEET", "we need to meet"));
  }

  @Test
  void wholeWordsOnly() {
    assertFalse(ThemeSuggester.matches("data", "update the database"));
    assertFalse(ThemeSuggester.matches("voice", "invoices are paid"));
    assertFalse(ThemeSuggester.matches("education", "diversionary, educational or other"));
    assertFalse(ThemeSuggester.matches("school", "pre-schooler"));
    assertTrue(ThemeSuggester.matches("data", "share data, quickly"));
    assertTrue(ThemeSuggester.matches("victim", "The VICTIM's view"));
  }

  @Test
  void pluralsAndHyphensEitherWay() {
    assertTrue(ThemeSuggester.matches("victim", "support victims"));
    assertTrue(ThemeSuggester.matches("board members", "a board member attends"));
    assertTrue(ThemeSuggester.matches("voice", "the voices of children"));
    assertTrue(ThemeSuggester.matches("body", "all bodies agree"));
    assertTrue(ThemeSuggester.matches("out-of-court", "out of court disposals"));
    assertTrue(ThemeSuggester.matches("out of court", "out-of-court disposals"));
    assertTrue(ThemeSuggester.matches("over-representation", "their overrepresentation"));
    assertTrue(ThemeSuggester.matches("overrepresentation", "their over-representation"));
    assertTrue(ThemeSuggester.matches("risk of harm", "the RISK OF HARM to others"));
    assertFalse(ThemeSuggester.matches("risk of harm", "risk, of course, harm"));
  }

  @Test
  void nothingToSuggestInAnUnrelatedText() {
    assertEquals(
        List.of(),
        ThemeSuggester.suggest(SEEDED, "publish the annual plan on the council's website"));
    assertEquals(List.of(), ThemeSuggester.suggest(SEEDED, null));
  }

  @Test
  void theSeedHasFourteenThemesWithKeywords() {
    assertEquals(14, SEEDED.size());
    SEEDED.forEach(t -> assertFalse(t.keywords().isEmpty(), t.code()));
  }

  private static Suggestion suggestion(String text, String code) {
    return ThemeSuggester.suggest(SEEDED, text).stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not suggested for " + text));
  }

  private static String recommendation(String report, int number) {
    return PARSER.parse(resource("reports/" + report + ".txt")).recommendations().stream()
        .filter(r -> r.number() == number)
        .map(ParsedRecommendation::text)
        .findFirst()
        .orElseThrow(() -> new AssertionError(report + " has no recommendation " + number));
  }

  private static String resource(String path) {
    try (InputStream in = ThemeSuggesterTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The themes and keywords the migrations seed, so the test checks the real vocabulary. */
  private static List<Vocabulary> seededThemes() {
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    Pattern theme = Pattern.compile("\\('([A-Z_]+)', '((?:[^']|'')+)', '");
    Pattern keyword = Pattern.compile("SELECT '([A-Z_]+)'(?: AS code)?, '([^']+)'");
    try {
      String v7 = Files.readString(Path.of("db-migrations/V7__monitoring.sql"));
      String v9 = Files.readString(Path.of("db-migrations/V9__theme_keywords.sql"));
      Map<String, String> names = new LinkedHashMap<>();
      Matcher t = theme.matcher(v7);
      while (t.find()) {
        names.put(t.group(1), t.group(2).replace("''", "'"));
        keywords.put(t.group(1), new ArrayList<>());
      }
      for (String sql : List.of(v7, v9)) {
        Matcher k = keyword.matcher(sql);
        while (k.find()) {
          keywords.get(k.group(1)).add(k.group(2));
        }
      }
      List<Vocabulary> themes = new ArrayList<>();
      long id = 1;
      for (var e : keywords.entrySet()) {
        themes.add(new Vocabulary(id++, e.getKey(), names.get(e.getKey()), e.getValue()));
      }
      return themes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
