package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.yjtracker.access.control.PasswordHasher;
import org.yjtracker.access.control.SignInThrottle;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.ApiToken;
import org.yjtracker.access.entity.Caller;

/** Establishes who is calling: password (form or Basic), session, or personal API token. */
@ApplicationScoped
@Transactional
public class Authenticator {

  /** Writing "last used" on every request would turn reads into writes; once a minute is enough. */
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;

  public SignInOutcome signIn(
      String email, String password, String address, Caller.AuthMethod method) {
    String key = Account.normaliseEmail(email == null ? "" : email);
    Instant now = Instant.now();
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
    throttle.succeeded(key);
    return SignInOutcome.signedIn(account.get().asCaller(method));
  }

  /** The account behind a session, re-read each request so a deactivation takes effect at once. */
  public Optional<Caller> sessionCaller(long accountId) {
    return Optional.ofNullable(em.find(Account.class, accountId))
        .filter(Account::isActive)
        .map(a -> a.asCaller(Caller.AuthMethod.SESSION));
  }

  public Optional<Caller> tokenCaller(String token) {
    if (!TokenCodec.looksLikeToken(token)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return em.createNamedQuery(ApiToken.BY_DIGEST, ApiToken.class)
        .setParameter("digest", TokenCodec.digest(token))
        .getResultStream()
        .findFirst()
        .filter(t -> t.isUsableAt(now))
        .filter(t -> t.getAccount().isActive())
        .map(
            t -> {
              if (t.getLastUsedAt() == null
                  || t.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                t.usedAt(now);
              }
              return t.getAccount().asCaller(Caller.AuthMethod.TOKEN);
            });
  }

  private Optional<Account> byEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
