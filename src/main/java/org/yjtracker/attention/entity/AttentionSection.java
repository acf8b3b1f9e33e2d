package org.yjtracker.attention.entity;

import java.util.List;

/**
 * One section of the start page.
 *
 * @param id stable name of the section (also the anchor on the page)
 * @param title what the section lists: "Actions overdue"
 * @param heading the count and what it counts: "1 action overdue", "3 actions overdue"
 * @param count how many things there are in all (the items may show fewer)
 * @param href the whole filtered list behind the count
 * @param nothing what the section says when the count is 0: "Nothing is overdue"
 * @param items the first of them, at most {@link #SHOWN}
 */
public record AttentionSection(
    String id,
    String title,
    String heading,
    long count,
    String href,
    String nothing,
    List<AttentionItem> items) {

  /** Items a section shows on the start page; its list shows them all. */
  public static final int SHOWN = 10;

  public AttentionSection {
    items = List.copyOf(items);
  }

  /** More than the items shown. */
  public boolean more() {
    return count > items.size();
  }
}
