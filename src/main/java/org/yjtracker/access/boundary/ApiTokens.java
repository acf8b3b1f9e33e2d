package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.ApiToken;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Each person's own API tokens: create (shown once), list, revoke. A token is made only from a
 * signed-in session and after the password is entered again, so neither a leaked token nor a leaked
 * session can mint more; every token expires, after {@code tracker.token.max.days} at most.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  static final String AUDIT_TYPE = "ApiToken";
  static final String MADE_IN_A_SESSION =
      "Create API tokens when signed in on the account page, not with HTTP Basic or another token.";

  /** A usable token as the authentication mechanism needs it. */
  public record Use(long tokenId, Instant lastUsedAt, Caller caller) {}

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Authenticator authenticator;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tracker.token.max.days", defaultValue = "90")
  int maxDays;

  public List<TokenView> of(Caller caller) {
    return em
        .createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
        .setParameter("accountId", caller.id())
        .getResultList()
        .stream()
        .map(TokenView::of)
        .toList();
  }

  /** The token with this digest if it is neither revoked nor expired and its owner is active. */
  public Optional<Use> usable(String digest, Instant now) {
    return em.createNamedQuery(ApiToken.BY_DIGEST, ApiToken.class)
        .setParameter("digest", digest)
        .getResultStream()
        .findFirst()
        .filter(t -> t.isUsableAt(now))
        .filter(t -> t.getAccount().isActive())
        .map(
            t ->
                new Use(
                    t.getId(),
                    t.getLastUsedAt(),
                    t.getAccount().asCaller(Caller.AuthMethod.TOKEN)));
  }

  /** Only for a session caller (the resource refuses others before the body is validated). */
  public NewToken create(Caller caller, @Valid TokenRequest request, String address) {
    if (caller.method() != Caller.AuthMethod.SESSION) {
      throw new ForbiddenException(MADE_IN_A_SESSION);
    }
    if (request.expiresInDays != null && request.expiresInDays > maxDays) {
      throw new InvalidInputException(
          "expiresInDays", "A token can last at most " + maxDays + " days");
    }
    authenticator.confirmPassword(caller, request.password, address, "password");
    Account account = em.find(Account.class, caller.id());
    String token = TokenCodec.newToken();
    Instant now = clock.instant();
    int days = request.expiresInDays == null ? maxDays : request.expiresInDays;
    var stored =
        new ApiToken(
            account,
            request.name,
            TokenCodec.digest(token),
            TokenCodec.visiblePrefix(token),
            now,
            now.plus(Duration.ofDays(days)));
    em.persist(stored);
    em.flush();
    var details = TokenView.of(stored);
    audit.created(caller, AUDIT_TYPE, stored.getId(), details);
    return new NewToken(details, token);
  }

  /** Takes effect at once: every request reads the token afresh. */
  public TokenView revoke(Caller caller, long id) {
    ApiToken token =
        Optional.ofNullable(em.find(ApiToken.class, id))
            .filter(t -> t.getAccount().getId() == caller.id())
            .orElseThrow(() -> new NotFoundException("No token with id " + id));
    var before = TokenView.of(token);
    token.revoke(clock.instant());
    em.flush();
    audit.updated(caller, AUDIT_TYPE, id, before, TokenView.of(token));
    return TokenView.of(token);
  }

  /** A password change revokes every token of the account; answers how many were live. */
  public int revokeAll(long accountId) {
    return em.createNativeQuery(
            "UPDATE api_token SET revoked_at = ?1 WHERE account_id = ?2 AND revoked_at IS NULL")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, accountId)
        .executeUpdate();
  }
}
