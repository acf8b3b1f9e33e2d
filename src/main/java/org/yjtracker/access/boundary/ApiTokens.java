package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.ApiToken;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.audit.control.AuditTrail;

/** Each person's own API tokens: create (shown once), list, revoke. */
@ApplicationScoped
@Transactional
public class ApiTokens {

  static final String AUDIT_TYPE = "ApiToken";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public List<TokenView> of(Caller caller) {
    return em
        .createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
        .setParameter("accountId", caller.id())
        .getResultList()
        .stream()
        .map(TokenView::of)
        .toList();
  }

  public NewToken create(Caller caller, @Valid TokenRequest request) {
    Account account = em.find(Account.class, caller.id());
    String token = TokenCodec.newToken();
    Instant expires =
        request.expiresInDays == null
            ? null
            : Instant.now().plus(Duration.ofDays(request.expiresInDays));
    var stored =
        new ApiToken(
            account,
            request.name,
            TokenCodec.digest(token),
            TokenCodec.visiblePrefix(token),
            expires);
    em.persist(stored);
    em.flush();
    var details = TokenView.of(stored);
    audit.created(caller, AUDIT_TYPE, stored.getId(), details);
    return new NewToken(details, token);
  }

  public TokenView revoke(Caller caller, long id) {
    ApiToken token =
        Optional.ofNullable(em.find(ApiToken.class, id))
            .filter(t -> t.getAccount().getId() == caller.id())
            .orElseThrow(() -> new NotFoundException("No token with id " + id));
    var before = TokenView.of(token);
    token.revoke(Instant.now());
    em.flush();
    audit.updated(caller, AUDIT_TYPE, id, before, TokenView.of(token));
    return TokenView.of(token);
  }
}
