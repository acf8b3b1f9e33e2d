package org.yjtracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. Failures are counted per account and per client address within a
 * sliding window; past the limit each further failure doubles the wait (30 s, 1 min, 2 min ... up
 * to the window). Kept in memory: a restart forgets, which only ever helps the legitimate user.
 */
@ApplicationScoped
public class SignInThrottle {

  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final int MAX_TRACKED = 50_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private int accountLimit;
  private int addressLimit;
  private Duration window;

  protected SignInThrottle() {}

  @Inject
  public SignInThrottle(
      @ConfigProperty(name = "tracker.signin.account.failures", defaultValue = "5")
          int accountLimit,
      @ConfigProperty(name = "tracker.signin.address.failures", defaultValue = "20")
          int addressLimit,
      @ConfigProperty(name = "tracker.signin.window.minutes", defaultValue = "15")
          int windowMinutes) {
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = Duration.ofMinutes(windowMinutes);
  }

  /** How long the caller must wait before trying again, if at all. */
  public Optional<Duration> waitBefore(String account, String address, Instant now) {
    Duration wait =
        max(
            wait("account:" + account, accountLimit, now),
            wait("address:" + address, addressLimit, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String account, String address, Instant now) {
    if (failures.size() > MAX_TRACKED) {
      failures.entrySet().removeIf(e -> e.getValue().isStale(now, window));
    }
    failures.computeIfAbsent("account:" + account, k -> new Failures()).add(now, window);
    failures.computeIfAbsent("address:" + address, k -> new Failures()).add(now, window);
  }

  /** A correct password clears the account's count; the address keeps its history. */
  public void succeeded(String account) {
    failures.remove("account:" + account);
  }

  private Duration wait(String key, int limit, Instant now) {
    Failures recorded = failures.get(key);
    return recorded == null ? Duration.ZERO : recorded.wait(now, limit, window);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static final class Failures {
    private final Deque<Instant> times = new ArrayDeque<>();

    synchronized void add(Instant now, Duration window) {
      prune(now, window);
      times.addLast(now);
    }

    synchronized Duration wait(Instant now, int limit, Duration window) {
      prune(now, window);
      int over = times.size() - limit;
      if (over < 0) {
        return Duration.ZERO;
      }
      Duration backoff = FIRST_WAIT.multipliedBy(1L << Math.min(over, 20));
      if (backoff.compareTo(window) > 0) {
        backoff = window;
      }
      Instant until = times.getLast().plus(backoff);
      return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    synchronized boolean isStale(Instant now, Duration window) {
      prune(now, window);
      return times.isEmpty();
    }

    private void prune(Instant now, Duration window) {
      while (!times.isEmpty() && times.getFirst().isBefore(now.minus(window))) {
        times.removeFirst();
      }
    }
  }
}
