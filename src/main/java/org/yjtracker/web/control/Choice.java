package org.yjtracker.web.control;

/** One option of a select, a radio or a checkbox: the value sent, and the words shown. */
public record Choice(String value, String label, String hint) {

  public Choice(String value, String label) {
    this(value, label, null);
  }
}
