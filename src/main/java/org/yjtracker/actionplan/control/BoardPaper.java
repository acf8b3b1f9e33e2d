package org.yjtracker.actionplan.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.control.PlanReport.ActionLine;
import org.yjtracker.actionplan.control.PlanReport.RecommendationPart;

/**
 * The plan as a paper for the management board (PDF, A4 landscape): the title, the inspection's
 * ratings, then each recommendation with its actions and their latest updates. Overdue actions are
 * marked "Overdue" on a red background, stale ones "No recent update" on amber, so that the marks
 * read the same in print without colour. A late plan says how late in a red box under the title;
 * the paper ends with the dated status history of what it shows.
 */
public final class BoardPaper {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font SMALL = new Font(Font.HELVETICA, 8);
  private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final Color OVERDUE = new Color(0xF6, 0xD7, 0xD2);
  private static final Color STALE = new Color(0xFF, 0xEB, 0xC2);
  private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

  private static final String[] ACTION_COLUMNS = {
    "Action", "Lead", "Start", "Target", "Status", "RAG", "Latest update", "Flags"
  };
  private static final float[] ACTION_WIDTHS = {26, 13, 7, 7, 8, 6, 25, 8};
  private static final float[] HISTORY_WIDTHS = {8, 30, 10, 10, 17, 25};
  private static final Font LATE_FONT = new Font(Font.HELVETICA, 11, Font.BOLD);

  private BoardPaper() {}

  public static byte[] write(PlanReport report) {
    var bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, bytes);
      document.addTitle(report.service() + " improvement plan");
      document.open();
      document.add(new Paragraph(report.service() + ": improvement plan", TITLE));
      document.add(titleTable(report));
      if (report.latenessSentence() != null) {
        document.add(lateness(report.latenessSentence()));
      }
      if (report.changes() != null) {
        changes(document, report.changes());
      }
      document.add(new Paragraph("Ratings", HEADING));
      document.add(ratings(report));
      for (RecommendationPart r : report.recommendations()) {
        document.add(recommendation(r));
        document.add(actions(r.actions()));
      }
      if (!report.otherActions().isEmpty()) {
        Paragraph other = new Paragraph("Other actions (areas for improvement)", HEADING);
        other.setSpacingBefore(12);
        other.setSpacingAfter(4);
        document.add(other);
        document.add(actions(report.otherActions()));
      }
      Paragraph history = new Paragraph("Status history", HEADING);
      history.setSpacingBefore(12);
      history.setSpacingAfter(4);
      document.add(history);
      document.add(history(report.history()));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The board paper could not be written", e);
    }
    return bytes.toByteArray();
  }

  /**
   * "Changed since 3 November 2026": the four groups the board asks about, each headed with its
   * count, its items in a table or "None".
   */
  private static void changes(Document document, PlanChanges changes) throws DocumentException {
    Paragraph title = new Paragraph(PlanChangesWords.title(changes.since()), HEADING);
    title.setSpacingAfter(4);
    document.add(title);
    group(
        document,
        PlanChangesWords.completedHeading(changes.counts().completed()),
        new float[] {50, 35, 15},
        new String[] {"Action", "Lead", "Completed on"},
        changes.completed().stream()
            .map(
                c ->
                    new String[] {
                      c.title(),
                      c.leadOrganisation() + (c.leadPerson() == null ? "" : ", " + c.leadPerson()),
                      PlanReport.day(c.on())
                    })
            .toList());
    group(
        document,
        PlanChangesWords.retargetedHeading(changes.counts().retargeted()),
        new float[] {28, 11, 11, 28, 12, 10},
        new String[] {"Action", "From", "To", "Reason", "Who", "When"},
        changes.retargeted().stream()
            .map(
                t ->
                    new String[] {
                      t.title(),
                      date(t.from()),
                      date(t.to()),
                      t.reason(),
                      t.by(),
                      PlanReport.day(t.on())
                    })
            .toList());
    group(
        document,
        PlanChangesWords.updatesHeading(changes.counts().updates()),
        new float[] {28, 10, 14, 48},
        new String[] {"Action", "Date", "Who", "Update"},
        changes.updates().stream()
            .map(
                u ->
                    new String[] {
                      u.title(), PlanReport.day(u.on()), u.by(), PlanChangesWords.update(u)
                    })
            .toList());
    group(
        document,
        PlanChangesWords.recommendationsHeading(changes.counts().recommendations()),
        new float[] {40, 20, 20, 20},
        new String[] {"Recommendation", "From", "To", "When"},
        changes.recommendations().stream()
            .map(
                r ->
                    new String[] {
                      PlanChangesWords.recommendation(r),
                      r.from().label(),
                      r.to().label(),
                      PlanReport.day(r.on())
                    })
            .toList());
  }

  private static void group(
      Document document, String heading, float[] widths, String[] columns, List<String[]> rows)
      throws DocumentException {
    Paragraph title = new Paragraph(heading, SMALL_BOLD);
    title.setSpacingBefore(6);
    title.setSpacingAfter(2);
    document.add(title);
    if (rows.isEmpty()) {
      document.add(new Paragraph(PlanChangesWords.NONE, BODY));
      return;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String column : columns) {
      table.addCell(cell(column, SMALL_BOLD, HEADER));
    }
    for (String[] row : rows) {
      for (String text : row) {
        table.addCell(cell(text, SMALL, null));
      }
    }
    document.add(table);
  }

  private static PdfPTable titleTable(PlanReport report) {
    PdfPTable table = new PdfPTable(new float[] {20, 80});
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingBefore(6);
    table.setSpacingAfter(10);
    for (String[] line : report.titleLines()) {
      table.addCell(cell(line[0], SMALL_BOLD, null));
      table.addCell(cell(line[1], SMALL, null));
    }
    return table;
  }

  /** One red-shaded cell, bold, so that it reads as a warning in print without colour too. */
  private static PdfPTable lateness(String sentence) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingAfter(10);
    PdfPCell cell = cell(sentence, LATE_FONT, OVERDUE);
    cell.setPadding(6);
    table.addCell(cell);
    return table;
  }

  /** Date, what changed, from, to, who and why: oldest first, as the history was made. */
  private static Element history(List<PlanReport.HistoryLine> lines) {
    if (lines.isEmpty()) {
      return new Paragraph("No change of status has been recorded.", BODY);
    }
    PdfPTable table = new PdfPTable(HISTORY_WIDTHS);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading : PlanReport.HISTORY_HEADINGS) {
      table.addCell(cell(heading, SMALL_BOLD, HEADER));
    }
    for (PlanReport.HistoryLine line : lines) {
      for (String text : PlanReport.cells(line)) {
        table.addCell(cell(text, SMALL, null));
      }
    }
    return table;
  }

  private static PdfPTable ratings(PlanReport report) {
    PdfPTable table = new PdfPTable(new float[] {12, 60, 28});
    table.setWidthPercentage(70);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingBefore(4);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    for (String heading : new String[] {"Standard", "Name", "Rating"}) {
      table.addCell(cell(heading, SMALL_BOLD, HEADER));
    }
    for (var standard : report.standards()) {
      table.addCell(cell(standard.code(), SMALL, null));
      table.addCell(cell(standard.name(), SMALL, null));
      table.addCell(cell(PlanReport.words(standard.rating()), SMALL, null));
    }
    return table;
  }

  private static Paragraph recommendation(RecommendationPart r) {
    Paragraph part = new Paragraph();
    part.setSpacingBefore(12);
    part.add(
        new Phrase(
            "Recommendation "
                + r.number()
                + (r.carriedFrom() == null
                    ? ""
                    : " of the inspection of "
                        + PlanReport.readable(r.carriedFrom())
                        + ", carried forward")
                + (r.heading() == null || r.heading().isBlank() ? "" : ": " + r.heading())
                + "\n",
            HEADING));
    part.add(new Phrase(r.text() + "\n", BODY));
    part.add(new Chunk("Addressed to: ", SMALL_BOLD));
    part.add(new Chunk(String.join("; ", r.owners()), SMALL));
    part.add(new Chunk("   Status: ", SMALL_BOLD));
    part.add(new Chunk(PlanReport.words(r.status()), SMALL));
    part.add(new Chunk("   Acceptance: ", SMALL_BOLD));
    part.add(
        new Chunk(
            r.acceptance() == null ? "Not answered" : PlanReport.words(r.acceptance()), SMALL));
    part.setSpacingAfter(4);
    return part;
  }

  private static Element actions(List<ActionLine> actions) {
    if (actions.isEmpty()) {
      return new Paragraph("No actions yet.", BODY);
    }
    PdfPTable table = new PdfPTable(ACTION_WIDTHS);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading : ACTION_COLUMNS) {
      table.addCell(cell(heading, SMALL_BOLD, HEADER));
    }
    for (ActionLine a : actions) {
      Color fill = a.overdue() ? OVERDUE : a.stale() ? STALE : null;
      String what =
          a.title()
              + (a.description().equals(a.title()) ? "" : "\n" + a.description())
              + (a.area() == null ? "" : "\nArea for improvement: " + a.area())
              + (a.successMeasure() == null ? "" : "\nSuccess measure: " + a.successMeasure());
      table.addCell(cell(what, SMALL, fill));
      table.addCell(
          cell(
              a.leadOrganisation() + (a.leadPerson() == null ? "" : "\n" + a.leadPerson()),
              SMALL,
              fill));
      table.addCell(cell(date(a.startDate()), SMALL, fill));
      table.addCell(cell(date(a.targetDate()), SMALL, fill));
      table.addCell(cell(PlanReport.words(a.status()), SMALL, fill));
      table.addCell(cell(PlanReport.words(a.rag()), SMALL, fill));
      table.addCell(
          cell(
              a.reportedOn() == null ? "No update yet" : a.reportedOn() + ": " + a.progress(),
              SMALL,
              fill));
      table.addCell(cell(a.flags(), SMALL_BOLD, fill));
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font, Color fill) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(3);
    if (fill != null) {
      cell.setBackgroundColor(fill);
    }
    return cell;
  }

  private static String date(LocalDate day) {
    return day == null ? "" : PlanReport.day(day);
  }
}
