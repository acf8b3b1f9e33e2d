package org.yjtracker.access.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.yjtracker.access.control.TooManyAttemptsException;
import org.yjtracker.platform.control.Problem;

/** A throttled password check (current password, token creation): 429 with Retry-After. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

  @Override
  public Response toResponse(TooManyAttemptsException thrown) {
    return Response.status(429)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", TooManyAttemptsException.seconds(thrown.retryAfter()))
        .entity(Problem.of(429, "Too many requests", thrown.getMessage()).toJson().toString())
        .build();
  }
}
