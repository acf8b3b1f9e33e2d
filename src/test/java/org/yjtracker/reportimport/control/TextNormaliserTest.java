package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R2: cleaning text never moves a line, and removes what extraction leaves behind. */
class TextNormaliserTest {

  private final TextNormaliser normaliser = new TextNormaliser();

  private ReportText normalise(String text) {
    return normaliser.normalise(text, new Deadline(Duration.ofSeconds(5)));
  }

  private Line line(String text) {
    return normalise(text).get(0);
  }

  @Test
  void everyKindOfLineBreakCountsAsOneLine() {
    ReportText text = normalise("one\r\ntwo\rthree\nfour");
    assertEquals(4, text.size());
    assertEquals("three", text.text(2));
    assertEquals(3, text.get(2).number());
  }

  @Test
  void curlyQuotesBecomeStraight() {
    assertEquals("% 'Yes' and \"quoted\"", line("% \u2018Yes\u2019 and \u201Cquoted\u201D").text());
    assertEquals("% 'Yes '", line("% `Yes \u2032").text());
  }

  @Test
  void replacementCharactersAndOddSpacesBecomeSpaces() {
    assertEquals("Requires improvement", line("Requires\uFFFDimprovement").text());
    assertEquals("Requires improvement", line("Requires\u00A0\u2009improvement\u200B").text());
  }

  @Test
  void utf8ReadAsWindows1252IsRepaired() {
    assertEquals(
        "children's \"voice\" - now", line("childrenâ€™s â€œvoiceâ€\u009d â€“ now").text());
  }

  @Test
  void ligaturesFromPdfFontsAreSpelledOut() {
    assertEquals("effective staff", line("e\uFB00ective sta\uFB00").text());
  }

  @Test
  void superscriptMarkersAreRecordedAndRemoved() {
    Line reference = line("Our rating\u00B9\u2070 for planning");
    assertEquals("Our rating for planning", reference.text());
    assertEquals(List.of(10), reference.refs());
    assertNull(reference.footnote());

    Line footnote = line("\u00B9\u2070 Professional discretion was used");
    assertEquals(10, footnote.footnote());
    assertEquals("Professional discretion was used", footnote.text());
  }

  @Test
  void bracketAndHtmlMarkersCountAsFootnotes() {
    assertEquals(List.of(1), line("improve planning[1] for all").refs());
    assertEquals(2, line("[2] The rating for resettlement").footnote());
    assertEquals(3, line("<sup>3</sup> The rating for the standard").footnote());
    Line broken = line("<sup>&</sup>lt;sup>1</sup> The rating for resettlement");
    assertEquals(1, broken.footnote());
    assertEquals("The rating for resettlement", broken.text());
  }

  @Test
  void latexLeftWhereStarImagesWereIsRemoved() {
    assertEquals(
        "1.2 Staff Outstanding",
        line("1.2\tStaff\tOutstanding\t$\\overrightarrow{\\mathbf{X}}$").text());
    assertEquals("1.2 Staff Outstanding", line("1.2\tStaff\tOutstanding\t${}$").text());
  }

  @Test
  void markdownAndHtmlMarkupIsRemoved() {
    assertEquals("Strengths:", line("#### **Strengths:**").text());
    assertEquals(
        "Governance Requires improvement", line("Governance <b>Requires improvement</b>").text());
    assertEquals("inspection data", line("[inspection data](#)").text());
  }

  @Test
  void bulletsAreRecognisedAndRemoved() {
    Line dash = line("- 1. improve the quality");
    assertTrue(dash.bullet());
    assertEquals("1. improve the quality", dash.text());
    assertTrue(line("\u2022 The partnership needs").bullet());
    assertFalse(line("-----").bullet());
  }

  @Test
  void pageNumbersAndRepeatedRunningTitlesAreBlanked() {
    ReportText text =
        normalise(
            "An inspection of youth justice services in Testshire\nbody\n12\n"
                + "An inspection of youth justice services in Testshire 13\nPage 4 of 30\nmore");
    assertEquals("An inspection of youth justice services in Testshire", text.text(0));
    assertTrue(text.get(2).blank());
    assertTrue(text.get(3).blank());
    assertTrue(text.get(4).blank());
    assertEquals("more", text.text(5));
  }

  @Test
  void textOverTheSizeLimitIsNotAReport() {
    String huge = "x".repeat(TextNormaliser.MAX_CHARS + 1);
    assertThrows(NotAReportException.class, () -> normalise(huge));
  }
}
