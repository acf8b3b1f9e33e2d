package org.yjtracker.notification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.notification.entity.NotificationKind;

/** Writes the words of a weekly digest and of a mail about one thing. */
public final class MailWriter {

  /** One thing to tell, as the writer needs it; its link a path of the tracker. */
  public record Item(NotificationKind kind, String title, String detail, String link) {}

  private final String baseUrl;

  /**
   * @param baseUrl where the tracker is reached, no trailing slash: "https://tracker.example"
   */
  public MailWriter(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * One mail for many things, grouped by kind in the order of {@link NotificationKind}.
   *
   * @param first the first mail the tracker sends anyone: a summary of all that stands now
   */
  public MailContent digest(String name, List<Item> items, boolean first, String unsubscribeUrl) {
    Map<NotificationKind, List<MailContent.Line>> byKind = new EnumMap<>(NotificationKind.class);
    items.stream()
        .sorted(Comparator.comparing(Item::kind))
        .forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(line(i)));
    List<MailContent.Section> sections = new ArrayList<>();
    byKind.forEach(
        (kind, lines) ->
            sections.add(new MailContent.Section(kind.label() + " (" + lines.size() + ")", lines)));
    String count = items.size() == 1 ? "1 thing needs" : items.size() + " things need";
    return new MailContent(
        name,
        (first ? "What needs you in the tracker: " : "Your weekly tracker digest: ")
            + count
            + " you",
        first
            ? "The youth justice inspection tracker now sends reminders. This is a summary of what"
                + " stands now; from here on you get one mail a week at most, unless you choose"
                + " otherwise."
            : "This week in the youth justice inspection tracker, " + count + " you.",
        sections,
        url("/start"),
        url("/account/notifications"),
        unsubscribeUrl,
        "You get this digest once a week when something needs you.");
  }

  /** A mail about one thing, for someone who asked to be told of its kind each time. */
  public MailContent single(String name, Item item, String unsubscribeUrl) {
    return new MailContent(
        name,
        item.title(),
        kindSentence(item.kind()),
        List.of(new MailContent.Section(item.kind().label(), List.of(line(item)))),
        url("/start"),
        url("/account/notifications"),
        unsubscribeUrl,
        "You asked to be told of " + item.kind().label().toLowerCase() + " each time.");
  }

  /** A path of the tracker as a full URL. */
  public String url(String path) {
    return baseUrl + path;
  }

  private MailContent.Line line(Item item) {
    return new MailContent.Line(item.title(), item.detail(), url(item.link()));
  }

  private static String kindSentence(NotificationKind kind) {
    return switch (kind) {
      case DUE_SOON -> "An action you are responsible for is due soon.";
      case OVERDUE -> "An action you are responsible for is overdue.";
      case STALE -> "An action you are responsible for has had no update for a while.";
      case PLAN_DUE -> "Your service's improvement plan is waiting, and its due date is near.";
      case LATE_PLANS -> "Some services' improvement plans are late.";
      case COMMENT -> "There is a new comment on an improvement plan.";
      case PLAN_SUBMITTED -> "A service has submitted its improvement plan.";
    };
  }
}
