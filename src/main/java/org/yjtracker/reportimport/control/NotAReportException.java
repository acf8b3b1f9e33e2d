package org.yjtracker.reportimport.control;

/**
 * The document is not an inspection report the parser can read; the message is meant for the person
 * who uploaded it.
 */
public class NotAReportException extends RuntimeException {

  public static final String DEFAULT_MESSAGE =
      "This does not look like an HM Inspectorate of Probation inspection report";

  public NotAReportException(String message) {
    super(message);
  }

  public NotAReportException(String message, Throwable cause) {
    super(message, cause);
  }

  public NotAReportException() {
    this(DEFAULT_MESSAGE);
  }
}
