package org.yjtracker.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The mail settings: their defaults, and values that stop the start rather than the mail. */
class MailSettingsTest {

  @Test
  void nothingSetMeansSmtpWithoutAServerAndTheDocumentedDefaults() {
    MailSettings settings = MailSettings.of(Map.of());
    assertEquals(MailSettings.Transport.SMTP, settings.transport());
    assertEquals("no-reply@tracker.local", settings.from());
    assertEquals("Youth justice inspection tracker", settings.fromName());
    assertEquals("", settings.smtpHost());
    assertFalse(settings.hasSmtpHost());
    assertEquals(587, settings.smtpPort());
    assertTrue(settings.smtpStartTls());
    assertFalse(settings.smtpAuthentication());
    assertEquals(10_000, settings.smtpTimeoutMs());
    assertEquals("https://api.notifications.service.gov.uk", settings.notifyBaseUrl());
    assertFalse(settings.notifyConfigured());
    assertFalse(settings.catcher());
  }

  @Test
  void emptyValuesTakeTheDefaultsAsMissingOnesDo() {
    MailSettings settings =
        MailSettings.of(
            Map.of("mail.transport", " ", "smtp.port", "", "mail.from", "", "smtp.starttls", ""));
    assertEquals(MailSettings.Transport.SMTP, settings.transport());
    assertEquals(587, settings.smtpPort());
    assertEquals("no-reply@tracker.local", settings.from());
    assertTrue(settings.smtpStartTls());
  }

  @Test
  void readsEverySetting() {
    MailSettings settings =
        MailSettings.of(
            Map.ofEntries(
                Map.entry("mail.transport", "NOTIFY"),
                Map.entry("mail.from", "reminders@yjtracker.example"),
                Map.entry("mail.from.name", "YJ tracker"),
                Map.entry("smtp.host", " mail.example "),
                Map.entry("smtp.port", "2525"),
                Map.entry("smtp.starttls", "false"),
                Map.entry("smtp.user", "tracker"),
                Map.entry("smtp.password", " spaced "),
                Map.entry("smtp.timeout.ms", "3000"),
                Map.entry("notify.api.key", "key"),
                Map.entry("notify.template.digest", "d"),
                Map.entry("notify.template.reminder", "r"),
                Map.entry("notify.base.url", "http://127.0.0.1:9999"),
                Map.entry("mail.catcher", "true")));
    assertEquals(MailSettings.Transport.NOTIFY, settings.transport());
    assertEquals("reminders@yjtracker.example", settings.from());
    assertEquals("yjtracker.example", settings.fromDomain());
    assertEquals("YJ tracker", settings.fromName());
    assertEquals("mail.example", settings.smtpHost());
    assertEquals(2525, settings.smtpPort());
    assertFalse(settings.smtpStartTls());
    assertTrue(settings.smtpAuthentication());
    assertEquals(" spaced ", settings.smtpPassword());
    assertEquals(3000, settings.smtpTimeoutMs());
    assertTrue(settings.notifyConfigured());
    assertEquals("http://127.0.0.1:9999", settings.notifyBaseUrl());
    assertTrue(settings.catcher());
  }

  @Test
  void anUnknownTransportStopsTheStartNamingTheSetting() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MailSettings.of(Map.of("mail.transport", "sendmail")));
    assertTrue(e.getMessage().contains("MAIL_TRANSPORT"), e.getMessage());
    assertTrue(e.getMessage().contains("smtp or notify"), e.getMessage());
    assertTrue(e.getMessage().contains("sendmail"), e.getMessage());
  }

  @Test
  void malformedNumbersFlagsAndAddressesStopTheStart() {
    assertThrows(IllegalArgumentException.class, () -> MailSettings.of(Map.of("smtp.port", "x")));
    assertThrows(IllegalArgumentException.class, () -> MailSettings.of(Map.of("smtp.port", "0")));
    assertThrows(
        IllegalArgumentException.class, () -> MailSettings.of(Map.of("smtp.timeout.ms", "0")));
    assertThrows(
        IllegalArgumentException.class, () -> MailSettings.of(Map.of("smtp.starttls", "yes")));
    assertThrows(
        IllegalArgumentException.class, () -> MailSettings.of(Map.of("mail.from", "nobody")));
  }

  @Test
  void notifyNeedsTheKeyAndBothTemplates() {
    assertFalse(
        MailSettings.of(Map.of("notify.api.key", "k", "notify.template.digest", "d"))
            .notifyConfigured());
    assertFalse(
        MailSettings.of(Map.of("notify.template.digest", "d", "notify.template.reminder", "r"))
            .notifyConfigured());
  }

  @Test
  void readsMicroProfileConfigByTheSameKeys() {
    Map<String, String> values = Map.of("smtp.host", "mail.example", "smtp.port", "2525");
    // Only getOptionalValue is used: a missing key (or an empty value, which MicroProfile Config
    // treats as missing) takes the default.
    var config =
        (Config)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                    return Optional.ofNullable(values.get((String) args[0]));
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    MailSettings settings = MailSettings.read(config);
    assertEquals("mail.example", settings.smtpHost());
    assertEquals(2525, settings.smtpPort());
    assertEquals(MailSettings.Transport.SMTP, settings.transport());
  }

  @Test
  void theSecretsStayOutOfItsText() {
    String text =
        MailSettings.of(
                Map.of(
                    "smtp.host", "mail.example",
                    "smtp.user", "tracker",
                    "smtp.password", "pa55word-secret",
                    "notify.api.key", "key-secret-value"))
            .toString();
    assertFalse(text.contains("pa55word-secret"), text);
    assertFalse(text.contains("key-secret-value"), text);
    assertTrue(text.contains("mail.example:587"), text);
  }
}
