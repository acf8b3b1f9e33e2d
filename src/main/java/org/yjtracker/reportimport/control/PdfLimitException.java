package org.yjtracker.reportimport.control;

/**
 * A PDF went past one of the limits of {@link PdfText}: too many pages, too much data once
 * decompressed, or too long to read. The message names the limit; the upload is refused (422).
 */
public class PdfLimitException extends NotAReportException {

  public PdfLimitException(String message) {
    super(message);
  }
}
