package org.yjtracker.reportimport.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of an uploaded PDF with Apache PDFBox, one output line per line of print, for
 * {@link ReportParser}. Stateless: every call loads its own document.
 */
@ApplicationScoped
public class PdfText {

  /** Published reports are a few MB at most; larger uploads are refused before parsing. */
  public static final int MAX_BYTES = 50 * 1024 * 1024;

  /** Reports run to about 60 pages; the limit keeps a hostile file from taking minutes. */
  public static final int MAX_PAGES = 400;

  /**
   * @throws NotAReportException when the bytes are not a readable PDF, are password-protected or
   *     too large
   */
  public String extract(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw new NotAReportException("The file is empty");
    }
    if (pdf.length > MAX_BYTES) {
      throw new NotAReportException("The file is too large to be an inspection report");
    }
    if (!startsLikeAPdf(pdf)) {
      throw new NotAReportException("This file is not a PDF");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.getNumberOfPages() > MAX_PAGES) {
        throw new NotAReportException(
            "The PDF has "
                + document.getNumberOfPages()
                + " pages; inspection reports are shorter");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (InvalidPasswordException e) {
      throw new NotAReportException("The PDF is password-protected; upload an unprotected copy", e);
    } catch (IOException e) {
      throw new NotAReportException("The PDF could not be read: " + e.getMessage(), e);
    }
  }

  /** The "%PDF-" header may follow a little junk, as readers tolerate. */
  private static boolean startsLikeAPdf(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }
}
