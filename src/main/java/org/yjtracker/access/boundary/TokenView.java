package org.yjtracker.access.boundary;

import java.time.Instant;
import org.yjtracker.access.entity.ApiToken;

/** A personal API token as lists show it: never the token itself. */
public record TokenView(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static TokenView of(ApiToken token) {
    return new TokenView(
        token.getId(),
        token.getName(),
        token.getPrefix(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getLastUsedAt(),
        token.getRevokedAt());
  }
}
