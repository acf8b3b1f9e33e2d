/**
 * Idempotent creation: a client that sends {@code Idempotency-Key} with a POST may retry it (after
 * a timeout, a dropped connection, a 503) without making a second record.
 *
 * <ul>
 *   <li>R1 The first completed answer (status, Location, body) to a key is kept for
 *       idempotency.retention.hours (24) and replayed to every retry with that key, marked {@code
 *       Idempotent-Replayed: true}. A key is scoped to the caller, the method and the path.
 *   <li>R2 A retry while the first request is still running answers 409 with Retry-After.
 *   <li>R3 The same key with a different body answers 422.
 *   <li>R4 A server error (5xx) is not kept: the first attempt changed nothing, so a retry runs
 *       again. A first attempt that never finished (the process died) frees its key after a minute.
 * </ul>
 */
package org.yjtracker.idempotency;
