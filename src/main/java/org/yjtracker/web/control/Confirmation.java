package org.yjtracker.web.control;

import java.util.List;
import java.util.Map;

/**
 * A page that asks before something that cannot be undone (publishing, deleting a draft, closing a
 * plan): what will happen, one button that does it (a POST to the same address) and a way back.
 *
 * @param caption the record it is about, above the question
 * @param consequences what doing it means, one paragraph each
 * @param button the button's words; a warning button when {@code destructive}
 * @param hidden fields sent with the button (the version the person saw)
 * @param problems why it was refused last time (shown as an error summary), empty at first
 * @param cancelHref where "Cancel" leads: the record's page
 */
public record Confirmation(
    String caption,
    List<String> consequences,
    String button,
    boolean destructive,
    Map<String, String> hidden,
    List<String> problems,
    String cancelHref) {

  public Confirmation {
    consequences = List.copyOf(consequences);
    hidden = Map.copyOf(hidden);
    problems = List.copyOf(problems);
  }

  /** The same question again, with the reasons it was refused. */
  public Confirmation refused(List<String> reasons) {
    return new Confirmation(
        caption, consequences, button, destructive, hidden, reasons, cancelHref);
  }
}
