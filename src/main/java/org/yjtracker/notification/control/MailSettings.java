package org.yjtracker.notification.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How mail leaves the tracker: the transport and its settings, read once from MicroProfile Config
 * (environment variables override: {@code smtp.host} is {@code SMTP_HOST}). A missing key takes its
 * default; a value that cannot be right (an unknown transport, a port that is not a number) throws,
 * so that start-up fails loudly rather than the tracker silently sending nothing.
 *
 * @param transport which transport sends ({@code mail.transport})
 * @param from the From address ({@code mail.from}); its domain ends the SMTP Message-ID
 * @param fromName the From display name ({@code mail.from.name})
 * @param smtpHost the SMTP server; empty when none is set ({@code smtp.host})
 * @param smtpPort its port ({@code smtp.port})
 * @param smtpStartTls true: STARTTLS is required, plain text is refused ({@code smtp.starttls})
 * @param smtpUser the SMTP user; empty: no authentication ({@code smtp.user})
 * @param smtpPassword its password ({@code smtp.password})
 * @param smtpTimeoutMs connect, read and write timeout in milliseconds ({@code smtp.timeout.ms})
 * @param notifyApiKey the GOV.UK Notify API key ({@code notify.api.key}, from the environment)
 * @param notifyDigestTemplate Notify's template id for weekly digests ({@code
 *     notify.template.digest})
 * @param notifyReminderTemplate Notify's template id for a mail about one thing ({@code
 *     notify.template.reminder})
 * @param notifyBaseUrl Notify's API ({@code notify.base.url}; tests point it at a local server)
 * @param catcher true when the SMTP server is the launcher's mail catcher: mails are caught there
 *     and nobody receives them ({@code mail.catcher})
 */
public record MailSettings(
    Transport transport,
    String from,
    String fromName,
    String smtpHost,
    int smtpPort,
    boolean smtpStartTls,
    String smtpUser,
    String smtpPassword,
    int smtpTimeoutMs,
    String notifyApiKey,
    String notifyDigestTemplate,
    String notifyReminderTemplate,
    String notifyBaseUrl,
    boolean catcher) {

  /** The transports {@code mail.transport} may name. */
  public enum Transport {
    SMTP,
    NOTIFY
  }

  public static final String DEFAULT_FROM = "no-reply@tracker.local";
  public static final String DEFAULT_FROM_NAME = "Youth justice inspection tracker";
  public static final String DEFAULT_NOTIFY_BASE_URL = "https://api.notifications.service.gov.uk";

  /** The settings of the running application. */
  public static MailSettings read(Config config) {
    return read(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * The settings from keys and values as in {@code microprofile-config.properties}; what is not
   * given takes its default. For tests: {@code MailSettings.of(Map.of("smtp.host", "127.0.0.1"))}.
   */
  public static MailSettings of(Map<String, String> settings) {
    return read(key -> Optional.ofNullable(settings.get(key)));
  }

  private static MailSettings read(Function<String, Optional<String>> source) {
    Function<String, String> text =
        key -> source.apply(key).map(String::strip).filter(v -> !v.isEmpty()).orElse("");
    return new MailSettings(
        transport(text.apply("mail.transport")),
        orDefault(text.apply("mail.from"), DEFAULT_FROM),
        orDefault(text.apply("mail.from.name"), DEFAULT_FROM_NAME),
        text.apply("smtp.host"),
        number("smtp.port", text.apply("smtp.port"), 587),
        flag("smtp.starttls", text.apply("smtp.starttls"), true),
        text.apply("smtp.user"),
        // A password may begin or end with a space: only an absent one is empty.
        source.apply("smtp.password").orElse(""),
        number("smtp.timeout.ms", text.apply("smtp.timeout.ms"), 10_000),
        text.apply("notify.api.key"),
        text.apply("notify.template.digest"),
        text.apply("notify.template.reminder"),
        orDefault(text.apply("notify.base.url"), DEFAULT_NOTIFY_BASE_URL),
        flag("mail.catcher", text.apply("mail.catcher"), false));
  }

  public MailSettings {
    if (smtpPort < 1 || smtpPort > 65535) {
      throw new IllegalArgumentException("smtp.port must be 1 to 65535, not " + smtpPort);
    }
    if (smtpTimeoutMs < 1) {
      throw new IllegalArgumentException("smtp.timeout.ms must be positive, not " + smtpTimeoutMs);
    }
    if (from.indexOf('@') < 1) {
      throw new IllegalArgumentException("mail.from must be an e-mail address, not '" + from + "'");
    }
  }

  /** Whether an SMTP server is set ({@code smtp.host} not empty). */
  public boolean hasSmtpHost() {
    return !smtpHost.isEmpty();
  }

  /** Whether the SMTP server wants a user name and password. */
  public boolean smtpAuthentication() {
    return !smtpUser.isEmpty();
  }

  /** Whether Notify has what it needs: an API key and both template ids. */
  public boolean notifyConfigured() {
    return !notifyApiKey.isEmpty()
        && !notifyDigestTemplate.isEmpty()
        && !notifyReminderTemplate.isEmpty();
  }

  /** The domain of {@link #from()}, for Message-IDs. */
  public String fromDomain() {
    return from.substring(from.lastIndexOf('@') + 1);
  }

  /** Without the password and the API key: this may be logged. */
  @Override
  public String toString() {
    return "MailSettings[transport="
        + transport
        + ", from="
        + fromName
        + " <"
        + from
        + ">, smtp="
        + (hasSmtpHost() ? smtpHost + ":" + smtpPort : "none")
        + ", starttls="
        + smtpStartTls
        + ", smtpUser="
        + (smtpAuthentication() ? smtpUser : "none")
        + ", smtpPassword="
        + (smtpPassword.isEmpty() ? "none" : "(set)")
        + ", timeoutMs="
        + smtpTimeoutMs
        + ", notifyApiKey="
        + (notifyApiKey.isEmpty() ? "none" : "(set)")
        + ", notifyDigestTemplate="
        + notifyDigestTemplate
        + ", notifyReminderTemplate="
        + notifyReminderTemplate
        + ", notifyBaseUrl="
        + notifyBaseUrl
        + ", catcher="
        + catcher
        + "]";
  }

  private static Transport transport(String value) {
    if (value.isEmpty()) {
      return Transport.SMTP;
    }
    try {
      return Transport.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "mail.transport (MAIL_TRANSPORT) must be smtp or notify, not '" + value + "'", e);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }

  private static int number(String key, String value, int fallback) {
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
    }
  }

  private static boolean flag(String key, String value, boolean fallback) {
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
  }
}
