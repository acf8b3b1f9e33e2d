package org.yjtracker.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token; only its digest is stored, the token itself is shown once. Every token
 * expires. When it was last used is written by a row-level statement ({@code TokenUsage}), never
 * through this versioned entity, so parallel requests with one token cannot collide.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_DIGEST, query = "SELECT t FROM ApiToken t WHERE t.digest = :digest")
@NamedQuery(
    name = ApiToken.OF_ACCOUNT,
    query = "SELECT t FROM ApiToken t WHERE t.account.id = :accountId ORDER BY t.createdAt DESC")
public class ApiToken {

  public static final String BY_DIGEST = "ApiToken.byDigest";
  public static final String OF_ACCOUNT = "ApiToken.ofAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(nullable = false)
  private String name;

  @Column(name = "token_digest", nullable = false)
  private String digest;

  @Column(name = "token_prefix", nullable = false)
  private String prefix;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected ApiToken() {}

  public ApiToken(
      Account account,
      String name,
      String digest,
      String prefix,
      Instant createdAt,
      Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.name = Objects.requireNonNull(name).strip();
    this.digest = Objects.requireNonNull(digest);
    this.prefix = Objects.requireNonNull(prefix);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Not revoked and not expired; a token without an expiry (none is made any more) is refused. */
  public boolean isUsableAt(Instant now) {
    return revokedAt == null && expiresAt != null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
