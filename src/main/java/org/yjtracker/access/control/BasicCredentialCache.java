package org.yjtracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.platform.control.SystemTime;

/**
 * HTTP Basic credentials verified recently, so a script sending its password with every request
 * pays for PBKDF2 once every few minutes instead of every time (a token's cost otherwise).
 *
 * <p>Entries are keyed by an HMAC-SHA256 of email and password under a key made at start-up and
 * never stored, so the cache holds nothing a memory dump could turn back into a password or test
 * guesses against offline. An entry only says "this credential belonged to account N at credential
 * epoch E"; the caller still reads the account on every request and refuses the entry when the
 * account is inactive or its epoch has moved on (a password change), so deactivation and password
 * changes take effect at once. The cache is bounded (least recently used entries go first).
 *
 * <p>The lifetime is measured on the machine's clock ({@link SystemTime}), which tests never move:
 * a credential remembered while the tracker's clock was moved on must not outlive the move.
 */
@ApplicationScoped
public class BasicCredentialCache {

  /** What a cached credential stands for. */
  public record Entry(long accountId, int credentialEpoch, Instant until) {}

  private static final String ALGORITHM = "HmacSHA256";

  private Clock clock;
  private Duration lifetime;
  private Map<String, Entry> entries;
  private SecretKeySpec key;

  protected BasicCredentialCache() {}

  @Inject
  public BasicCredentialCache(
      @SystemTime Clock clock,
      @ConfigProperty(name = "tracker.basic.cache.seconds", defaultValue = "300") long seconds,
      @ConfigProperty(name = "tracker.basic.cache.entries", defaultValue = "10000") int capacity) {
    this.clock = clock;
    this.lifetime = Duration.ofSeconds(Math.max(0, seconds));
    int bound = Math.max(1, capacity);
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > bound;
          }
        };
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /** The account this credential was verified for, if it was within the lifetime. */
  public Optional<Entry> find(String email, String password) {
    if (lifetime.isZero()) {
      return Optional.empty();
    }
    String digest = digest(email, password);
    Instant now = clock.instant();
    synchronized (entries) {
      Entry entry = entries.get(digest);
      if (entry == null) {
        return Optional.empty();
      }
      if (!now.isBefore(entry.until())) {
        entries.remove(digest);
        return Optional.empty();
      }
      return Optional.of(entry);
    }
  }

  public void remember(String email, String password, long accountId, int credentialEpoch) {
    if (lifetime.isZero()) {
      return;
    }
    String digest = digest(email, password);
    Entry entry = new Entry(accountId, credentialEpoch, clock.instant().plus(lifetime));
    synchronized (entries) {
      entries.put(digest, entry);
    }
  }

  /** Drops every credential of the account (its password changed, or it was deactivated). */
  public void forget(long accountId) {
    synchronized (entries) {
      entries.values().removeIf(e -> e.accountId() == accountId);
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private String digest(String email, String password) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      // The length prefix keeps "a:b" + "c" apart from "a" + "b:c".
      String normalised = email.strip().toLowerCase(java.util.Locale.ROOT);
      mac.update((normalised.length() + ":" + normalised + ":").getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
