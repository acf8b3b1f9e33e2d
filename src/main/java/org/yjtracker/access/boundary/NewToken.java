package org.yjtracker.access.boundary;

/** The answer to creating a token: the only time the token itself is shown. */
public record NewToken(TokenView details, String token) {}
