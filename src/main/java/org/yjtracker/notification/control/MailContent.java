package org.yjtracker.notification.control;

import java.util.List;

/**
 * What one mail says, before it is rendered: to whom, its subject, its opening, its items by kind,
 * and its links (all absolute URLs).
 *
 * @param startUrl the start page, where everything that needs the person is
 * @param preferencesUrl where the person chooses what they are sent
 * @param unsubscribeUrl stops these mails without signing in
 * @param why one line on why the person gets this mail
 */
public record MailContent(
    String name,
    String subject,
    String opening,
    List<Section> sections,
    String startUrl,
    String preferencesUrl,
    String unsubscribeUrl,
    String why) {

  public MailContent {
    sections = List.copyOf(sections);
  }

  /** The items of one kind, under their heading. */
  public record Section(String heading, List<Line> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  /** One item, its link absolute. */
  public record Line(String title, String detail, String url) {}

  /** The mail as plain text: every link written out in full. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append("Dear ").append(name).append(",\n\n").append(opening).append("\n");
    for (Section section : sections) {
      text.append("\n").append(section.heading()).append("\n");
      for (Line line : section.lines()) {
        text.append("- ").append(line.title()).append("\n");
        if (line.detail() != null && !line.detail().isBlank()) {
          text.append("  ").append(line.detail()).append("\n");
        }
        text.append("  ").append(line.url()).append("\n");
      }
    }
    text.append("\nEverything that needs you: ").append(startUrl).append("\n\n");
    text.append(why).append("\n");
    text.append("Choose what you are sent: ").append(preferencesUrl).append("\n");
    text.append("Stop these mails: ").append(unsubscribeUrl).append("\n");
    return text.toString();
  }
}
