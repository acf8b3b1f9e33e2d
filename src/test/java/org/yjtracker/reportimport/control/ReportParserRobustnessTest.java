package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;

/**
 * R2, R4: damaged reports and documents that are not reports never make the parser fail with
 * anything but {@link NotAReportException}, and never make it return a rating, score or
 * recommendation that the damaged text does not contain on the line it cites.
 */
class ReportParserRobustnessTest {

  /** Generous: proves a parse cannot hang, not how fast it is (see ReportParserBenchmark). */
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  private final ReportParser parser = new ReportParser();

  static Stream<Arguments> damagedReports() {
    List<Arguments> variants = new ArrayList<>();
    for (String name : Reports.NAMES) {
      String text = Reports.text(name);
      for (double fraction : new double[] {0.02, 0.1, 0.25, 0.5, 0.75, 0.9}) {
        variants.add(
            Arguments.of(name + " truncated to " + fraction, Variants.truncated(text, fraction)));
      }
      for (long seed = 1; seed <= 8; seed++) {
        variants.add(Arguments.of(name + " shuffled " + seed, Variants.shuffledLines(text, seed)));
        variants.add(
            Arguments.of(name + " noisy " + seed, Variants.noisy(text, 0.01 * seed, seed)));
      }
      variants.add(Arguments.of(name + " duplicated", Variants.duplicated(text)));
    }
    return variants.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedReports")
  void aDamagedReportYieldsOnlyWhatItsTextShows(String variant, String text) {
    ParsedReport report = parseOrRefuse(text);
    if (report == null) {
      return;
    }
    String[] lines = Variants.lines(text);
    report
        .standards()
        .forEach(
            (code, rating) ->
                assertTrue(
                    Variants.showsRating(cited(report, lines, "standards." + code), rating),
                    variant + ": standard " + code + " " + rating));
    if (report.overall() != null) {
      assertTrue(
          Variants.showsRating(cited(report, lines, "overall"), report.overall()),
          variant + ": overall " + report.overall());
    }
    if (report.score() != null) {
      assertTrue(
          cited(report, lines, "score").replaceAll("[^0-9/]", "").contains(report.score() + "/"),
          variant + ": score " + report.score());
    }
    Set<Integer> seen = new HashSet<>();
    for (ParsedRecommendation recommendation : report.recommendations()) {
      if (!seen.add(recommendation.number())) {
        continue; // a damaged number repeated: the source line is the first one's
      }
      String cited = squash(cited(report, lines, "recommendations." + recommendation.number()));
      String read = squash(recommendation.text());
      String number = String.valueOf(recommendation.number());
      String citedText = cited.startsWith(number) ? cited.substring(number.length()) : cited;
      assertTrue(
          cited.contains(read.substring(0, Math.min(read.length(), 6)))
              || (!citedText.isEmpty() && read.startsWith(citedText)),
          variant + ": recommendation " + recommendation.number() + " '" + read + "'");
    }
    report
        .keyQuestionsPercentYes()
        .forEach(
            (code, values) -> {
              for (int i = 1; i <= values.size(); i++) {
                String line = cited(report, lines, "key_questions_percent_yes." + code + "." + i);
                assertTrue(line.contains("%"), variant + ": key question " + code + "." + i);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void aReportPastedTwiceReadsAsOnce(String name) {
    ParsedReport once = parser.parse(Reports.text(name));
    ParsedReport twice = parser.parse(Variants.duplicated(Reports.text(name)));
    assertEquals(once.standards(), twice.standards());
    assertEquals(once.score(), twice.score());
    assertEquals(once.keyQuestionsPercentYes(), twice.keyQuestionsPercentYes());
    assertEquals(once.recommendations(), twice.recommendations());
    assertEquals(once.professionalDiscretion(), twice.professionalDiscretion());
  }

  static List<String> reports() {
    return Reports.NAMES;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t\n  ", "hello", "Good\nOutstanding\nScore 30/36"})
  void emptyAndTrivialTextsAreNotReports(String text) {
    assertThrows(NotAReportException.class, () -> parser.parse(text));
  }

  @Test
  void nullIsNotAReport() {
    assertThrows(NotAReportException.class, () -> parser.parse(null));
  }

  @Test
  void binaryBytesReadAsTextAreNotAReport() {
    byte[] bytes = new byte[200_000];
    new Random(7).nextBytes(bytes);
    for (var charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8)) {
      String text = new String(bytes, charset);
      var error =
          assertTimeoutPreemptively(
              NO_HANG, () -> assertThrows(NotAReportException.class, () -> parser.parse(text)));
      assertEquals(NotAReportException.DEFAULT_MESSAGE, error.getMessage());
    }
  }

  @Test
  void aWebPageIsNotAReport() {
    String html =
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>Council news</title>
        <script>var ratings = {"1.1": "Good", "score": "27/36"};</script></head>
        <body><h1>Recommendations</h1><p>Our youth club was rated Good.</p>
        <ul><li>1. Visit the library</li><li>2. Recycle more</li></ul>
        <p>Overall rating: Outstanding</p></body></html>
        """;
    assertThrows(NotAReportException.class, () -> parser.parse(html));
  }

  @Test
  void aProbationDocumentThatIsNotAYouthInspectionIsRefusedWithItsOwnMessage() {
    String text = "HM Inspectorate of Probation\nAnnual report on youth offending services\n";
    var error = assertThrows(NotAReportException.class, () -> parser.parse(text));
    assertTrue(error.getMessage().contains("not an inspection of a youth justice service"));
  }

  @Test
  void tenMegabytesOfTextAreRefusedQuickly() {
    StringBuilder big = new StringBuilder(10_500_000);
    Random random = new Random(3);
    String[] words = {"youth", "justice", "Good", "1.1", "Score", "%", "should:", "probation"};
    while (big.length() < 10_000_000) {
      big.append(words[random.nextInt(words.length)]).append(random.nextInt(20) == 0 ? '\n' : ' ');
    }
    String text = big.toString();
    assertTimeoutPreemptively(
        NO_HANG, () -> assertThrows(NotAReportException.class, () -> parser.parse(text)));
  }

  @Test
  void aLargeReportLikeTextParsesWithinItsTimeLimit() {
    // Just under the size limit: a report repeated, with pathological lines that would make a
    // backtracking pattern explode.
    StringBuilder text = new StringBuilder(Reports.text("wolverhampton-2022"));
    String nasty =
        "1.1 "
            + "Good ".repeat(3000)
            + "\n"
            + "Does ".repeat(4000)
            + "?"
            + "\n"
            + "% ".repeat(8000)
            + "\n"
            + "a) "
            + "9".repeat(15000)
            + "\n";
    while (text.length() < TextNormaliser.MAX_CHARS - 200_000) {
      text.append(nasty).append(Reports.text("bexley-2024"));
    }
    String input = text.toString();
    ParsedReport report = assertTimeoutPreemptively(NO_HANG, () -> parser.parse(input));
    assertEquals(28, report.score());
  }

  @Test
  void aParseOverItsTimeLimitStopsWithAClearError() {
    ReportParser impatient = new ReportParser(Duration.ofNanos(1));
    var error =
        assertThrows(
            ParseTimeoutException.class, () -> impatient.parse(Reports.text("wolverhampton-2022")));
    assertTrue(error.getMessage().startsWith("Reading the report took longer than"));
  }

  private ParsedReport parseOrRefuse(String text) {
    try {
      return assertTimeoutPreemptively(NO_HANG, () -> parser.parse(text));
    } catch (NotAReportException refused) {
      return null;
    } catch (RuntimeException e) {
      fail("Unexpected " + e, e);
      return null;
    }
  }

  private static String cited(ParsedReport report, String[] lines, String path) {
    Integer line = report.sourceLines().get(path);
    assertTrue(line != null && line >= 1 && line <= lines.length, path + " cites line " + line);
    return lines[line - 1];
  }

  /**
   * Letters and digits only, so markup and spacing do not matter; superscripts (footnote markers)
   * are not digits here, as the parser drops them too.
   */
  private static String squash(String text) {
    return text.replaceAll("[^\\p{L}\\p{Nd}]", "").toLowerCase(java.util.Locale.ROOT);
  }
}
