package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yjtracker.notification.control.UnsubscribeTokens;

/** Signed unsubscribe links, with the key the database keeps (made by migration V22). */
@ApplicationScoped
public class UnsubscribeLinks {

  @PersistenceContext EntityManager em;
  @Inject NotificationSettings settings;

  private volatile UnsubscribeTokens tokens;

  /** The full link that turns that kind (a kind's parameter, or "all") off for the person. */
  public String url(long accountId, String kind) {
    String path = tokens().path(accountId, kind);
    return settings.baseUrl().replaceAll("/+$", "") + path;
  }

  public boolean valid(long accountId, String kind, String token) {
    return tokens().valid(accountId, kind, token);
  }

  private UnsubscribeTokens tokens() {
    UnsubscribeTokens known = tokens;
    if (known == null) {
      byte[] key =
          (byte[])
              em.createNativeQuery("SELECT secret FROM notification_key WHERE id = 1")
                  .getSingleResult();
      known = new UnsubscribeTokens(key);
      tokens = known;
    }
    return known;
  }
}
