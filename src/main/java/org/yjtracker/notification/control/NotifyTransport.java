package org.yjtracker.notification.control;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.yjtracker.notification.entity.OutgoingMail;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.TimeLimitedNotificationClient;

/**
 * Sends through GOV.UK Notify with its Java client. The mail's words are ours, not Notify's: the
 * templates (one for digests, one for a mail about one thing) hold only the placeholders {@code
 * ((subject))}, {@code ((body))} and {@code ((unsubscribe_url))}, and Notify adds its own one-click
 * unsubscribe headers from the same link.
 *
 * <p>Notify answers 400 for a request it will never take (unknown template, missing placeholder, an
 * address it cannot send to) and 403 for a key it does not accept: permanent. 429 (rate limit), 5xx
 * and no answer at all (nor within {@link #TIMEOUT}) are retried.
 */
public final class NotifyTransport implements MailTransport {

  private static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** {name}-{service id}-{secret}: the client cuts the two UUIDs off the end. */
  private static final Pattern API_KEY = Pattern.compile(".*" + UUID + "-" + UUID);

  /** Longest wait to connect, and then for each read; Notify answers within a second or two. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final MailSettings settings;
  private final NotificationClient client;

  public NotifyTransport(MailSettings settings) {
    this(settings, TIMEOUT);
  }

  NotifyTransport(MailSettings settings, Duration timeout) {
    if (!settings.notifyConfigured()) {
      throw new IllegalArgumentException(
          "GOV.UK Notify needs notify.api.key (NOTIFY_API_KEY), notify.template.digest and"
              + " notify.template.reminder");
    }
    // The key itself never goes into a message: it is a secret.
    if (!API_KEY.matcher(settings.notifyApiKey()).matches()) {
      throw new IllegalArgumentException(
          "notify.api.key (NOTIFY_API_KEY) is not a GOV.UK Notify API key: expected"
              + " {key name}-{service id}-{secret id}, the last two being UUIDs");
    }
    this.settings = settings;
    this.client =
        new TimeLimitedNotificationClient(
            settings.notifyApiKey(), settings.notifyBaseUrl(), timeout);
  }

  @Override
  public String send(OutgoingMail mail) throws MailFailure {
    String template =
        mail.digest() ? settings.notifyDigestTemplate() : settings.notifyReminderTemplate();
    String unsubscribe = mail.unsubscribeUrl() == null ? "" : mail.unsubscribeUrl().strip();
    Map<String, Object> personalisation = new LinkedHashMap<>();
    personalisation.put("subject", mail.subject());
    personalisation.put("body", mail.text());
    // Notify refuses a template whose placeholder has no value: an empty link rather than none.
    personalisation.put("unsubscribe_url", unsubscribe);
    try {
      return client
          .sendEmail(
              template,
              mail.to(),
              personalisation,
              reference(mail),
              null,
              unsubscribe.isEmpty() ? null : URI.create(unsubscribe))
          .getNotificationId()
          .toString();
    } catch (NotificationClientException e) {
      int status = e.getHttpResult();
      boolean permanent = status == 400 || status == 403;
      throw new MailFailure(
          describe()
              + (status == 0 ? " could not be reached" : " answered " + status)
              + ": "
              + e.getMessage(),
          permanent,
          e);
    } catch (IllegalArgumentException e) {
      // URI.create: an unsubscribe link that is not a URL will not become one by retrying.
      throw new MailFailure("Mail " + mail.id() + ": " + e.getMessage(), true, e);
    }
  }

  @Override
  public String describe() {
    return "GOV.UK Notify";
  }

  /** Notify's reference: the outbox id, so the admin can find a Notify notification's mail. */
  static String reference(OutgoingMail mail) {
    return "tracker-mail-" + mail.id();
  }
}
