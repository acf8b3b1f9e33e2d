package org.yjtracker.actionplan.control;

/**
 * The upload is not a plan spreadsheet that can be read (not CSV or XLSX, no header row, too big);
 * the message is meant for the person who uploaded it.
 */
public class UnreadableSheetException extends RuntimeException {

  public UnreadableSheetException(String message) {
    super(message);
  }

  public UnreadableSheetException(String message, Throwable cause) {
    super(message, cause);
  }
}
