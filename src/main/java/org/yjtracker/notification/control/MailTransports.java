package org.yjtracker.notification.control;

import java.util.Optional;

public final class MailTransports {
  private MailTransports() {}

  public static Optional<MailTransport> choose(MailSettings settings) {
    return Optional.empty();
  }
}
