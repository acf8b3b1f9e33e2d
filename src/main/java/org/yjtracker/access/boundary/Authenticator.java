package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.control.BasicCredentialCache;
import org.yjtracker.access.control.PasswordHasher;
import org.yjtracker.access.control.SignInThrottle;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.access.control.TooManyAttemptsException;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.SystemTime;

/** Establishes who is calling: password (form or Basic), session, or personal API token. */
@ApplicationScoped
@Transactional
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;
  @Inject BasicCredentialCache basicCache;
  @Inject ApiTokens tokens;
  @Inject TokenUsage tokenUsage;

  /** Token expiry and last use: business times, on the tracker's clock (tests may move it). */
  @Inject Clock clock;

  /**
   * Throttle windows are measured on the machine's clock: a test that moves the tracker's clock on
   * and back must neither lift a lockout nor leave one behind for as long as it moved.
   */
  @Inject @SystemTime Clock systemTime;

  /**
   * Writing "last used" on every request would turn reads into writes; once a minute is enough.
   * Integration tests set 0, so every request writes and parallel requests contend hardest.
   */
  @Inject
  @ConfigProperty(name = "tracker.token.last.used.resolution.seconds", defaultValue = "60")
  long lastUsedResolutionSeconds;

  public SignInOutcome signIn(
      String email, String password, String address, Caller.AuthMethod method) {
    String key = Account.normaliseEmail(email == null ? "" : email);
    Instant now = systemTime.instant();
    Optional<Duration> wait = throttle.waitBefore(key, address, now);
    if (wait.isPresent()) {
      return SignInOutcome.throttled(wait.get());
    }
    Optional<Account> account = byEmail(key);
    boolean valid;
    if (account.isPresent()) {
      valid = hasher.verify(password, account.get().getPasswordHash()) && account.get().isActive();
    } else {
      hasher.verifyNobody(password);
      valid = false;
    }
    if (!valid) {
      throttle.failed(key, address, now);
      return SignInOutcome.failed();
    }
    throttle.succeeded(key, address, now);
    return SignInOutcome.signedIn(
        account.get().asCaller(method), account.get().getCredentialEpoch());
  }

  /**
   * HTTP Basic, sent with every request of a script: a credential verified within the last few
   * minutes is taken from the cache instead of being hashed again. The account is still read each
   * time, so a deactivation or a password change refuses the cached credential at once.
   */
  public SignInOutcome basic(String email, String password, String address) {
    Optional<BasicCredentialCache.Entry> cached = basicCache.find(email, password);
    if (cached.isPresent()) {
      Account account = em.find(Account.class, cached.get().accountId());
      if (account != null
          && account.isActive()
          && account.getCredentialEpoch() == cached.get().credentialEpoch()
          && account.getEmail().equals(Account.normaliseEmail(email))) {
        return SignInOutcome.signedIn(
            account.asCaller(Caller.AuthMethod.BASIC), account.getCredentialEpoch());
      }
      basicCache.forget(cached.get().accountId());
    }
    SignInOutcome outcome = signIn(email, password, address, Caller.AuthMethod.BASIC);
    if (outcome.succeeded()) {
      basicCache.remember(email, password, outcome.caller().id(), outcome.credentialEpoch());
    }
    return outcome;
  }

  /**
   * Asks a signed-in caller for their password again (to change it, or to create an API token). It
   * counts with sign-in attempts: a stolen session must not become a way to guess passwords.
   *
   * @throws TooManyAttemptsException after too many failures (429)
   * @throws InvalidInputException naming {@code field} when the password is wrong
   */
  public void confirmPassword(Caller caller, String password, String address, String field) {
    Account account = em.find(Account.class, caller.id());
    String key = account.getEmail();
    Instant now = systemTime.instant();
    throttle
        .waitBefore(key, address, now)
        .ifPresent(
            wait -> {
              throw new TooManyAttemptsException(wait);
            });
    if (!hasher.verify(password == null ? "" : password, account.getPasswordHash())) {
      throttle.failed(key, address, now);
      throw new InvalidInputException(
          field,
          field.equals("currentPassword")
              ? "Your current password is not right"
              : "Your password is not right");
    }
    throttle.succeeded(key, address, now);
  }

  /**
   * The account behind a session, re-read each request so a deactivation takes effect at once and a
   * password change ends the sessions signed in before it (their credential epoch is older).
   */
  public Optional<Caller> sessionCaller(long accountId, int credentialEpoch) {
    return Optional.ofNullable(em.find(Account.class, accountId))
        .filter(Account::isActive)
        .filter(a -> a.getCredentialEpoch() == credentialEpoch)
        .map(a -> a.asCaller(Caller.AuthMethod.SESSION));
  }

  /**
   * The owner of a usable token. Runs outside any transaction: the token is read in one, and its
   * last-used time is noted afterwards in another; a failure to note it is logged and ignored.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Caller> tokenCaller(String token) {
    if (!TokenCodec.looksLikeToken(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiTokens.Use> use = tokens.usable(TokenCodec.digest(token), now);
    Instant noteIfBefore = now.minusSeconds(Math.max(0, lastUsedResolutionSeconds));
    use.filter(u -> u.lastUsedAt() == null || u.lastUsedAt().isBefore(noteIfBefore))
        .ifPresent(u -> noteUse(u.tokenId(), now, noteIfBefore));
    return use.map(ApiTokens.Use::caller);
  }

  private void noteUse(long tokenId, Instant now, Instant noteIfBefore) {
    try {
      tokenUsage.record(tokenId, now, noteIfBefore);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not note that API token " + tokenId + " was used; the request goes on",
          e);
    }
  }

  private Optional<Account> byEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
