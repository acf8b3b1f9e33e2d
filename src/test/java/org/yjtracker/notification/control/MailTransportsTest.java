package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which transport the settings give, or none while nothing is configured. */
class MailTransportsTest {

  private static final String KEY =
      "tracker_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

  @Test
  void smtpWithAHostSendsOverSmtp() {
    var transport =
        MailTransports.choose(MailSettings.of(Map.of("smtp.host", "mail.example"))).orElseThrow();
    assertInstanceOf(SmtpTransport.class, transport);
    assertEquals("SMTP mail.example:587", transport.describe());
  }

  @Test
  void smtpWithoutAHostIsNothingConfigured() {
    assertTrue(MailTransports.choose(MailSettings.of(Map.of())).isEmpty());
  }

  @Test
  void notifyWithKeyAndTemplatesSendsThroughNotify() {
    var transport =
        MailTransports.choose(
                MailSettings.of(
                    Map.of(
                        "mail.transport", "notify",
                        "notify.api.key", KEY,
                        "notify.template.digest", "d",
                        "notify.template.reminder", "r",
                        // An SMTP host does not matter when Notify is chosen.
                        "smtp.host", "mail.example")))
            .orElseThrow();
    assertInstanceOf(NotifyTransport.class, transport);
    assertEquals("GOV.UK Notify", transport.describe());
  }

  @Test
  void notifyWithoutItsKeyOrATemplateIsNothingConfigured() {
    assertTrue(
        MailTransports.choose(
                MailSettings.of(
                    Map.of(
                        "mail.transport", "notify",
                        "notify.template.digest", "d",
                        "notify.template.reminder", "r",
                        "smtp.host", "mail.example")))
            .isEmpty());
    assertTrue(
        MailTransports.choose(
                MailSettings.of(
                    Map.of(
                        "mail.transport", "notify",
                        "notify.api.key", KEY,
                        "notify.template.digest", "d")))
            .isEmpty());
  }

  @Test
  void aMalformedNotifyKeyFailsLoudly() {
    var settings =
        MailSettings.of(
            Map.of(
                "mail.transport", "notify",
                "notify.api.key", "not-a-key",
                "notify.template.digest", "d",
                "notify.template.reminder", "r"));
    assertThrows(IllegalArgumentException.class, () -> MailTransports.choose(settings));
  }
}
