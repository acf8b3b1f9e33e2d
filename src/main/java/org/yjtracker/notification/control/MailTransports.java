package org.yjtracker.notification.control;

import java.util.Optional;

/** Which transport the settings ask for, if they give it what it needs. */
public final class MailTransports {

  private MailTransports() {}

  /**
   * SMTP when {@code mail.transport} is smtp and a host is set; Notify when it is notify with an
   * API key and both template ids. Otherwise empty: nothing is configured, and the outbox keeps its
   * mails queued until something is (the admin's page says so).
   *
   * @throws IllegalArgumentException when Notify's API key is set but malformed
   */
  public static Optional<MailTransport> choose(MailSettings settings) {
    return switch (settings.transport()) {
      case SMTP ->
          settings.hasSmtpHost() ? Optional.of(new SmtpTransport(settings)) : Optional.empty();
      case NOTIFY ->
          settings.notifyConfigured()
              ? Optional.of(new NotifyTransport(settings))
              : Optional.empty();
    };
  }
}
