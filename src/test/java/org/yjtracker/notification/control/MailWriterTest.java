package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.notification.entity.NotificationKind;

/** N2: the words of a digest and of a single mail, every link absolute. */
class MailWriterTest {

  final MailWriter writer = new MailWriter("https://tracker.example/");

  @Test
  void aDigestGroupsItsItemsByKindInTheKindsOrder() {
    MailContent mail =
        writer.digest(
            "Ann",
            List.of(
                new MailWriter.Item(NotificationKind.STALE, "B", "quiet", "/actions/2"),
                new MailWriter.Item(NotificationKind.OVERDUE, "A", "late", "/actions/1"),
                new MailWriter.Item(NotificationKind.OVERDUE, "C", null, "/actions/3")),
            false,
            "https://tracker.example/unsubscribe?account=1&kind=all&token=t");
    assertEquals("Your weekly tracker digest: 3 things need you", mail.subject());
    assertEquals(
        "Dear Ann,\n\n"
            + "This week in the youth justice inspection tracker, 3 things need you.\n"
            + "\nOverdue actions (2)\n"
            + "- A\n  late\n  https://tracker.example/actions/1\n"
            + "- C\n  https://tracker.example/actions/3\n"
            + "\nActions with no recent update (1)\n"
            + "- B\n  quiet\n  https://tracker.example/actions/2\n"
            + "\nEverything that needs you: https://tracker.example/start\n\n"
            + "You get this digest once a week when something needs you.\n"
            + "Choose what you are sent: https://tracker.example/account/notifications\n"
            + "Stop these mails: https://tracker.example/unsubscribe?account=1&kind=all&token=t\n",
        mail.text());
  }

  @Test
  void theFirstDigestSaysItIsASummary() {
    MailContent mail =
        writer.digest(
            "Ann",
            List.of(new MailWriter.Item(NotificationKind.DUE_SOON, "A", null, "/actions/1")),
            true,
            "u");
    assertEquals("What needs you in the tracker: 1 thing needs you", mail.subject());
  }

  @Test
  void aSingleMailIsAboutItsItem() {
    MailContent mail =
        writer.single(
            "Ann",
            new MailWriter.Item(
                NotificationKind.COMMENT,
                "The inspectorate commented on Bexley YJS's improvement plan",
                null,
                "/plans/7#comments"),
            "u");
    assertEquals("The inspectorate commented on Bexley YJS's improvement plan", mail.subject());
    assertEquals(
        "https://tracker.example/plans/7#comments", mail.sections().get(0).lines().get(0).url());
  }
}
