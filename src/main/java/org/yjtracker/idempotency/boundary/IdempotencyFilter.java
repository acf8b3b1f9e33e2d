package org.yjtracker.idempotency.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.idempotency.control.Claim;
import org.yjtracker.platform.control.DatabaseTrouble;
import org.yjtracker.platform.control.Digests;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

/**
 * Makes a POST with an {@code Idempotency-Key} header safe to retry (see the package description):
 * claims the key before the resource runs, replays the kept answer instead of running it again, and
 * keeps the first completed answer, its body as it was written to the client.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  public static final String HEADER = "Idempotency-Key";
  static final int MAX_KEY_LENGTH = 255;

  /**
   * The body is read whole to compare a retry with the first request; larger than any upload the
   * tracker accepts (reports 20 MB), so no upload is refused for it, but memory stays bounded.
   */
  static final int MAX_BODY = 32 * 1024 * 1024;

  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
  private static final String AWAITING_BODY = IdempotencyFilter.class.getName() + ".awaitingBody";
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  @Context HttpServletRequest servletRequest;
  private volatile IdempotencyKeys keys;

  /** Providers are made by JAX-RS, not CDI: the transactional bean is looked up once. */
  private IdempotencyKeys keys() {
    if (keys == null) {
      keys = CDI.current().select(IdempotencyKeys.class).get();
    }
    return keys;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod())) {
      return;
    }
    if (!(servletRequest.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller)) {
      return; // not signed in: the request is refused anyway and makes nothing
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidInputException(
          HEADER, "Send a key of 1 to " + MAX_KEY_LENGTH + " characters, unique to the request");
    }
    byte[] body =
        request.hasEntity() ? request.getEntityStream().readNBytes(MAX_BODY + 1) : new byte[0];
    if (body.length > MAX_BODY) {
      throw new WebApplicationException(
          "A request with an Idempotency-Key may carry at most " + MAX_BODY + " bytes.", 413);
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    String keyDigest =
        Digests.sha256(caller.email(), request.getMethod(), request.getUriInfo().getPath(), key);
    Claim claim;
    try {
      claim = keys().claim(keyDigest, Digests.sha256(body));
    } catch (RuntimeException e) {
      // Nothing ran yet; the client retries with the same key (503 while the database is away).
      Problem problem = Problems.of(e);
      var refusal = problem(problem);
      if (problem.status() == 503) {
        refusal.header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS);
      }
      request.abortWith(refusal.build());
      return;
    }
    if (claim instanceof Claim.Claimed) {
      request.setProperty(CLAIMED, keyDigest);
    } else if (claim instanceof Claim.Answered answer) {
      request.abortWith(replay(answer));
    } else if (claim instanceof Claim.Running) {
      request.abortWith(
          problem(
                  Problem.of(
                      409,
                      "Conflict",
                      "A request with this Idempotency-Key is still being processed. Try again in"
                          + " a moment to get its answer."))
              .header("Retry-After", 1)
              .build());
    } else {
      request.abortWith(
          problem(
                  new Problem(
                      "urn:yjtracker:problem:idempotency-key-reused",
                      "Unprocessable content",
                      422,
                      "This Idempotency-Key was used for a different request body. Use a new key"
                          + " for a new request.",
                      List.of(new FieldError(HEADER, "was used for a different request body")),
                      null))
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof String keyDigest)) {
      return;
    }
    request.removeProperty(CLAIMED);
    try {
      if (response.getStatus() >= 500) {
        keys().release(keyDigest);
      } else if (!response.hasEntity()) {
        keys().answer(keyDigest, response.getStatus(), location(response), null, null);
      } else {
        request.setProperty(
            AWAITING_BODY,
            new Pending(
                keyDigest,
                response.getStatus(),
                location(response),
                response.getMediaType() == null ? null : response.getMediaType().toString()));
      }
    } catch (RuntimeException e) {
      // The answer stands; only its replay is lost, and the claim frees itself after a minute.
      LOG.log(Level.WARNING, "An idempotent answer could not be kept", e);
    }
  }

  /** Copies the body as it is written, and keeps it once written whole. */
  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(AWAITING_BODY) instanceof Pending pending)) {
      context.proceed();
      return;
    }
    context.removeProperty(AWAITING_BODY);
    OutputStream original = context.getOutputStream();
    var copy = new ByteArrayOutputStream();
    context.setOutputStream(new TeeStream(original, copy));
    context.proceed();
    try {
      keys()
          .answer(
              pending.keyDigest(),
              pending.status(),
              pending.location(),
              pending.contentType(),
              copy.toByteArray());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An idempotent answer could not be kept", e);
    }
  }

  private static Response replay(Claim.Answered answer) {
    var replay = Response.status(answer.status()).header("Idempotent-Replayed", "true");
    if (answer.location() != null) {
      replay.header("Location", answer.location());
    }
    if (answer.body() != null) {
      replay.entity(answer.body()).type(answer.contentType());
    }
    return replay.build();
  }

  private static Response.ResponseBuilder problem(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson().toString());
  }

  private static String location(ContainerResponseContext response) {
    return response.getLocation() == null ? null : response.getLocation().toString();
  }

  private record Pending(String keyDigest, int status, String location, String contentType) {}

  /** Writes to the client and to a copy. */
  private static final class TeeStream extends OutputStream {
    private final OutputStream out;
    private final OutputStream copy;

    TeeStream(OutputStream out, OutputStream copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      copy.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
