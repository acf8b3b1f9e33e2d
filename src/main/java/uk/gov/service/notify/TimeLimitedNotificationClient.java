package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * GOV.UK Notify's client with connect and read timeouts. The client opens its connections without
 * any (a Notify that accepts the connection and never answers would hold the sending thread for
 * good), and the only way in is its package-private {@code getConnection}: hence this class in the
 * client's package. Should a new client version drop or rename that method, this stops compiling
 * rather than silently losing the timeouts.
 */
public final class TimeLimitedNotificationClient extends NotificationClient {

  private final int timeoutMs;

  public TimeLimitedNotificationClient(String apiKey, String baseUrl, Duration timeout) {
    super(apiKey, baseUrl);
    this.timeoutMs = Math.toIntExact(timeout.toMillis());
  }

  @Override
  HttpURLConnection getConnection(URL url) throws IOException {
    HttpURLConnection connection = super.getConnection(url);
    connection.setConnectTimeout(timeoutMs);
    connection.setReadTimeout(timeoutMs);
    return connection;
  }
}
