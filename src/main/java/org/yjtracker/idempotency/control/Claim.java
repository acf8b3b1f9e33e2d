package org.yjtracker.idempotency.control;

/**
 * What a request with an idempotency key finds: the key is its own now, the first answer to replay,
 * the first request still running, or the key used for a different body.
 */
public sealed interface Claim {

  record Claimed() implements Claim {}

  record Running() implements Claim {}

  record Mismatch() implements Claim {}

  record Answered(int status, String location, String contentType, byte[] body) implements Claim {}
}
