package org.yjtracker.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed to commit (the database died under it) arrives as a
 * TransactionalException, for which Jersey has its own mapper that rethrows it when it finds no
 * more specific one, leaving the server's HTML error page. This one is that more specific mapper:
 * the failure leaves as problem+json like every other (503 while the database is away).
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException thrown) {
    var mapper = new ProblemMapper();
    mapper.headers = headers;
    return mapper.toResponse(thrown);
  }
}
