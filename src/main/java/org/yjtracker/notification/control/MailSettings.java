package org.yjtracker.notification.control;

import org.eclipse.microprofile.config.Config;

public record MailSettings(boolean catcher) {
  public static MailSettings read(Config config) {
    return new MailSettings(config.getOptionalValue("mail.catcher", Boolean.class).orElse(false));
  }
}
