package org.yjtracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.platform.control.Digests;

/**
 * The bearer token a metrics scraper (Prometheus) may read /metrics with, from {@code
 * tracker.metrics.token}; empty means none. It is not an account: it opens /metrics and nothing
 * else, and does not expire with the personal tokens, so a scraper needs no admin's credentials.
 * Compared by digest in constant time; shorter than {@link #MIN_LENGTH} it is refused as guessable.
 */
@ApplicationScoped
public class MetricsToken {

  static final int MIN_LENGTH = 24;
  private static final Logger LOG = Logger.getLogger(MetricsToken.class.getName());

  private String digest;

  protected MetricsToken() {}

  /** MicroProfile Config takes an empty value for none, so the setting arrives as an Optional. */
  @Inject
  public MetricsToken(@ConfigProperty(name = "tracker.metrics.token") Optional<String> configured) {
    String token = configured.map(String::strip).orElse("");
    if (token.length() >= MIN_LENGTH) {
      digest = Digests.sha256(token.getBytes(StandardCharsets.UTF_8));
    } else if (!token.isEmpty()) {
      LOG.warning(
          "tracker.metrics.token is shorter than " + MIN_LENGTH + " characters and is not used");
    }
  }

  public boolean matches(String presented) {
    return digest != null
        && presented != null
        && MessageDigest.isEqual(
            digest.getBytes(StandardCharsets.US_ASCII),
            Digests.sha256(presented.getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII));
  }
}
