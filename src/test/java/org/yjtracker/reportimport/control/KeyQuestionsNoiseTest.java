package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.reportimport.entity.ParsedReport;

/** Key question tables survive footnotes, wrapping and split or spaced percentages. */
class KeyQuestionsNoiseTest {

  private static final String SECTION =
      """
      2.1. Assessment

      Our rating\u00B2 for assessment is based on the following key questions:

      \t% \u2018Yes\u2019
      """;

  private static List<Integer> read(String table) {
    ParsedReport report = Snippets.parse(SECTION + table);
    return report.keyQuestionsPercentYes().get("2.1");
  }

  @Test
  void aPercentageWrittenWithASpace() {
    assertEquals(
        List.of(100, 86, 79),
        read(
            """
            Does assessment sufficiently analyse how to support the child's desistance?\t100%
            Does assessment sufficiently analyse how to keep the child safe?\t86%
            Does assessment sufficiently analyse how to keep other people safe? \u00B9\u00B2\t79 %
            """));
  }

  @Test
  void aPercentageSplitOverTwoLines() {
    ParsedReport report =
        Snippets.parse(
            SECTION
                + """
                Does assessment sufficiently analyse how to support the child's desistance?\t100%
                Does assessment sufficiently analyse how to keep the child safe? 7
                9%
                Does assessment sufficiently analyse how to keep other people safe?
                64%
                """);
    assertEquals(List.of(100, 79, 64), report.keyQuestionsPercentYes().get("2.1"));
    assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains("split over lines")));
  }

  @Test
  void aFootnoteInsideTheTableAndAQuestionCarriedPastIt() {
    assertEquals(
        List.of(85, 85, 77),
        read(
            """
            Does assessment sufficiently analyse how to support the child's desistance?\t85%
            Does assessment sufficiently analyse how to keep the child safe?\t85%

            \u00B2\u00B9 The rating for the standard is driven by the lowest score on each of the key questions.

            Does assessment sufficiently analyse how to keep other people **77%**

            Does assessment sufficiently analyse how to support the child's desistance?

            In seven of the 11 cases inspected, 64% of them
            """));
  }

  @Test
  void aQuestionWrappedOntoTheNextLine() {
    assertEquals(
        List.of(100, 89, 78),
        read(
            """
            Does the implementation and delivery of services effectively support the child's desistance?\t100%
            Does the implementation and delivery of services effectively support the safety
            of the child?\t89%
            Does the implementation and delivery of services effectively support the safety of other people? [6]\t78%
            """));
  }

  @Test
  void proseAfterTheTableIsNotReadAsAQuestion() {
    assertEquals(
        List.of(50, 33),
        read(
            """
            Does assessment sufficiently analyse how to support the child's desistance?\t50%
            Does assessment sufficiently analyse how to keep the child safe?\t33%

            The analysis in assessments was variable in 40% of cases.
            """));
  }
}
