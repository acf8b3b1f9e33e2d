package org.yjtracker.reportimport.control;

import java.time.Duration;

/**
 * A parse ran past its time limit. Reports parse in milliseconds, so this means a pathological
 * input; the caller should refuse the document rather than retry.
 */
public class ParseTimeoutException extends RuntimeException {

  public ParseTimeoutException(Duration limit) {
    super(
        "Reading the report took longer than "
            + limit.toMillis()
            + " ms and was stopped; the document may be damaged or is not an inspection report");
  }
}
