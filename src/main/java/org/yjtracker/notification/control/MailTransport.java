package org.yjtracker.notification.control;

import org.yjtracker.notification.entity.OutgoingMail;

/**
 * Hands one mail to whatever delivers it: an SMTP server (the mail catcher of the one-command run
 * is one) or GOV.UK Notify, chosen by the {@code mail.transport} setting.
 */
public interface MailTransport {

  /**
   * Sends the mail, or throws.
   *
   * @return the deliverer's own reference for it (SMTP Message-ID, Notify notification id)
   * @throws MailFailure when it was not accepted; {@link MailFailure#permanent()} says whether a
   *     retry could help
   */
  String send(OutgoingMail mail) throws MailFailure;

  /** Where mails go, for the admin's page: "SMTP 127.0.0.1:3025", "GOV.UK Notify". */
  String describe();
}
