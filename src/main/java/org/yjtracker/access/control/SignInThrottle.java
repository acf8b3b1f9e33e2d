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
 * Slows down password guessing without letting a guesser lock the owner out. Every password check
 * counts here: sign-in (form or HTTP Basic), the current password of a password change, and the
 * password re-entered to create an API token. Failures are counted within a sliding window (15
 * minutes) under three keys:
 *
 * <ol>
 *   <li><b>account and address together</b> (5 failures): past the limit each further failure
 *       doubles the wait for that account from that address, 30 s, 1 min, 2 min ... up to the
 *       window. This is what stops one guesser. The owner, from anywhere else, is not affected;
 *   <li><b>address across all accounts</b> (20 failures): the same back-off for everything from
 *       that address, against one address trying one password on many accounts;
 *   <li><b>account across all addresses</b>, a ceiling (100 failures): against many addresses
 *       guessing one account. Past it, a try from an address the account has not signed in from
 *       within 30 days waits 1 s, doubling per further failure up to 1 minute: a distributed
 *       guesser gets about one guess a minute, while the owner at a known address is never delayed
 *       and at a new one waits a minute at most.
 * </ol>
 *
 * A right password clears the account-and-address count and makes the address known for the
 * account. Kept in memory and bounded: a restart forgets, which only ever helps the legitimate
 * user.
 */
@ApplicationScoped
public class SignInThrottle {

  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration CEILING_FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration CEILING_LONGEST_WAIT = Duration.ofMinutes(1);
  static final Duration KNOWN_FOR = Duration.ofDays(30);
  private static final int MAX_TRACKED = 50_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();
  private int pairLimit;
  private int addressLimit;
  private int accountCeiling;
  private Duration window;

  protected SignInThrottle() {}

  @Inject
  public SignInThrottle(
      @ConfigProperty(name = "tracker.signin.account.failures", defaultValue = "5") int pairLimit,
      @ConfigProperty(name = "tracker.signin.address.failures", defaultValue = "20")
          int addressLimit,
      @ConfigProperty(name = "tracker.signin.account.ceiling", defaultValue = "100")
          int accountCeiling,
      @ConfigProperty(name = "tracker.signin.window.minutes", defaultValue = "15")
          int windowMinutes) {
    this.pairLimit = pairLimit;
    this.addressLimit = addressLimit;
    this.accountCeiling = accountCeiling;
    this.window = Duration.ofMinutes(windowMinutes);
  }

  /** How long the caller must wait before trying this account from this address, if at all. */
  public Optional<Duration> waitBefore(String account, String address, Instant now) {
    Duration wait =
        max(
            wait(pairKey(account, address), pairLimit, FIRST_WAIT, window, now),
            wait(addressKey(address), addressLimit, FIRST_WAIT, window, now));
    if (!isKnown(account, address, now)) {
      wait =
          max(
              wait,
              wait(
                  accountKey(account),
                  accountCeiling,
                  CEILING_FIRST_WAIT,
                  CEILING_LONGEST_WAIT,
                  now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String account, String address, Instant now) {
    if (failures.size() > MAX_TRACKED) {
      failures.entrySet().removeIf(e -> e.getValue().isStale(now, window));
    }
    failures.computeIfAbsent(pairKey(account, address), k -> new Failures()).add(now, window);
    failures.computeIfAbsent(addressKey(address), k -> new Failures()).add(now, window);
    failures.computeIfAbsent(accountKey(account), k -> new Failures()).add(now, window);
  }

  /**
   * A right password: the pair's count is cleared and the address becomes known for the account.
   */
  public void succeeded(String account, String address, Instant now) {
    failures.remove(pairKey(account, address));
    if (knownAddresses.size() > MAX_TRACKED) {
      knownAddresses.values().removeIf(since -> since.isBefore(now.minus(KNOWN_FOR)));
      if (knownAddresses.size() > MAX_TRACKED) {
        knownAddresses.clear(); // forgetting only costs someone a short wait under attack
      }
    }
    knownAddresses.put(pairKey(account, address), now);
  }

  private boolean isKnown(String account, String address, Instant now) {
    Instant since = knownAddresses.get(pairKey(account, address));
    return since != null && since.isAfter(now.minus(KNOWN_FOR));
  }

  private Duration wait(String key, int limit, Duration first, Duration longest, Instant now) {
    Failures recorded = failures.get(key);
    return recorded == null ? Duration.ZERO : recorded.wait(now, limit, first, longest, window);
  }

  private static String pairKey(String account, String address) {
    return "pair:" + account + "|" + address;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static String accountKey(String account) {
    return "account:" + account;
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

    /**
     * Zero below the limit; from it, {@code first} doubling per failure, at most {@code longest}.
     */
    synchronized Duration wait(
        Instant now, int limit, Duration first, Duration longest, Duration window) {
      prune(now, window);
      int over = times.size() - limit;
      if (over < 0) {
        return Duration.ZERO;
      }
      Duration backoff = first.multipliedBy(1L << Math.min(over, 20));
      if (backoff.compareTo(longest) > 0) {
        backoff = longest;
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
