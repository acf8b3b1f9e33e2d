package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.Rating;

/** R1: web pages of reports read as their text; broken or hostile HTML is never an error. */
class HtmlTextTest {

  /** A 2025 report page as the inspectorate's site lays it out. */
  static final String PAGE_2025 =
      """
      <!DOCTYPE html><html><head><title>Hounslow</title><script>var x = "Overall rating Inadequate";</script></head>
      <body>
      <a class="skip-link" href="#content">Skip to content</a>
      <div id="cookie-notice"><p>We use cookies on this site.</p><button>Accept</button></div>
      <header><a href="/">HM Inspectorate of Probation</a><nav><ul><li>Home</li><li>Reports</li></ul></nav></header>
      <main id="content"><article>
      <h1>An inspection of youth justice work with children and victims in Hounslow</h1>
      <p><strong>Published:</strong> 27 January 2026</p>
      <h2 id="foreword">Foreword <a href="#top">(Back to top)</a></h2>
      <p>In this inspection, we have inspected and rated work with children and victims in
      Hounslow YJS across two broad areas.<sup><a href="#fn1">1</a></sup></p>
      <p>Overall, Hounslow YJS was rated as &lsquo;Requires improvement&rsquo;.</p>
      <h2>Ratings <a href="#top">(Back to top)</a></h2>
      <table><thead><tr><th>Area</th><th>Rating</th></tr></thead><tbody>
      <tr><td><strong>Overall rating</strong></td><td>Requires improvement</td></tr>
      <tr><td>2.1 Assessing</td><td>Requires improvement</td></tr>
      <tr><td>2.2 Planning</td><td><p>Good</p></td></tr>
      <tr><td>2.3 Implementation and delivery</td><td>Requires improvement</td></tr>
      <tr><td>V1 Work with victims</td><td>Good</td></tr>
      </tbody></table>
      <h3>Key questions</h3>
      <table><tr><th>Assessing</th><th>% Yes</th></tr><tr><td>Achieving positive change</td><td>71%</td></tr></table>
      <h2>Recommendations <a href="#top">(Back to top)</a></h2>
      <p>The YJS should:</p>
      <ol><li>improve the timeliness of allocating work with children</li>
      <li>strengthen assessing of <em>risks of exploitation</em></li></ol>
      <p>The management board should:</p>
      <ol start="3"><li><p>oversee the quality of work with victims</p></li></ol>
      <p class="footnote">1 The programme began in 2025.</p>
      </article></main>
      <footer><p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></footer>
      </body></html>
      """;

  private final HtmlText html = new HtmlText();
  private final ReportParser parser = new ReportParser();

  @Test
  void a2025PageGivesItsDraft() {
    String text = html.extract(PAGE_2025);
    assertFalse(text.contains("cookies"), text);
    assertFalse(text.contains("Skip to content"), text);
    assertFalse(text.contains("Licence"), text);
    assertTrue(text.contains("2.2 Planning\tGood\n"), text);
    assertTrue(text.contains("\n1. improve the timeliness"), text);
    assertTrue(text.contains("\n3. oversee the quality"), text);
    ParsedReport report = parser.parse(text);
    assertEquals(Framework.HMIP_YJ_2025, report.framework());
    assertEquals("work with children and victims", report.kind());
    assertEquals("Hounslow YJS", report.service());
    assertEquals("2026-01-27", report.published());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
    assertEquals(
        Map.of(
            "2.1", Rating.REQUIRES_IMPROVEMENT,
            "2.2", Rating.GOOD,
            "2.3", Rating.REQUIRES_IMPROVEMENT,
            "V1", Rating.GOOD),
        report.standards());
    assertEquals(
        List.of(
            List.of(OrganisationKind.YJS),
            List.of(OrganisationKind.YJS),
            List.of(OrganisationKind.MANAGEMENT_BOARD)),
        report.recommendations().stream().map(r -> r.addressees()).toList());
    assertEquals(
        "strengthen assessing of risks of exploitation", report.recommendations().get(1).text());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
  }

  @Test
  void theTestPageOfA2025ReportWarnsOfItsMissingDate() {
    String page =
        new String(
            Reports.bytes("reports/html/hounslow-2026-page.html"),
            java.nio.charset.StandardCharsets.UTF_8);
    ParsedReport report = parser.parse(html.extract(page));
    assertEquals("work with children and victims", report.kind());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
    assertEquals(Rating.GOOD, report.standards().get("V1"));
    assertEquals(3, report.recommendations().size());
    assertEquals(null, report.published());
    assertEquals(1, report.warnings().size(), report.warnings().toString());
    assertTrue(report.warnings().get(0).message().contains("'Published:'"));
  }

  @Test
  void aPageRecognisesItself() {
    assertTrue(HtmlText.looksLikeHtml("\n  <!DOCTYPE html><html>"));
    assertTrue(HtmlText.looksLikeHtml("<h1>An inspection</h1>"));
    assertFalse(HtmlText.looksLikeHtml("An inspection of youth justice services in Bexley"));
    assertFalse(HtmlText.looksLikeHtml("<i>Publication date:</i> 3 March 2015"));
  }

  @Test
  void brokenHtmlReadsWithoutAnError() {
    String text =
        html.extract(
            "<h1>An inspection of youth justice services in Testshire<p>Published: 3 March 2026"
                + "<table><tr><td>Overall rating<td>Good<tr><td>2.1 Assessing<td>Good</table>"
                + "<p>Overall, Testshire YJS was rated as 'Good'.</div></span></body><p>&bogus;"
                + " <<<>>> </html></html><script>");
    ParsedReport report = parser.parse(text);
    assertEquals(Framework.HMIP_YJ_2025, report.framework());
    assertEquals(Rating.GOOD, report.overall());
  }

  @Test
  void deeplyNestedHtmlNeitherOverflowsNorHangs() {
    String deep = "<div>".repeat(200_000) + "An inspection" + "</div>".repeat(10);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertTrue(html.extract(deep).contains("An inspection")));
  }

  @Test
  void wideOrMisnestedHtmlReadsInLinearTime() {
    // The parser caps the depth, so a deep list becomes one very wide one; numbering its items and
    // skipping furniture must not cost the square of their number.
    String wide = "<ol><li>item".repeat(80_000) + "<div class=cookie-banner>x</div>".repeat(50_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertTrue(html.extract(wide).contains("item")));
  }

  @Test
  void aPageAboveTheLimitIsRefused() {
    String big = "<p>" + "x".repeat(HtmlText.MAX_CHARS) + "</p>";
    assertThrows(NotAReportException.class, () -> html.extract(big));
  }

  @Test
  void aPageWithoutAReportIsNotAReport() {
    String text = html.extract("<html><body><nav>Home</nav><p>Opening times</p></body></html>");
    assertThrows(NotAReportException.class, () -> parser.parse(text));
  }
}
