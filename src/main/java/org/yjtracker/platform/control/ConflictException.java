package org.yjtracker.platform.control;

/**
 * The request clashes with the stored state (a duplicate, a stale version); answered with 409.
 * {@code current} is the object as it is now, so a client can show what changed.
 */
public class ConflictException extends RuntimeException {

  private final String field;
  private final transient Object current;

  public ConflictException(String message, String field, Object current) {
    super(message);
    this.field = field;
    this.current = current;
  }

  public ConflictException(String message) {
    this(message, null, null);
  }

  public String field() {
    return field;
  }

  public Object current() {
    return current;
  }
}
