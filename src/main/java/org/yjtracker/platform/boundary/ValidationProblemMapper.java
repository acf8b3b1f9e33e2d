package org.yjtracker.platform.boundary;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean validation failures as problems. Needed beside {@link ProblemMapper} because the JAX-RS
 * runtime brings its own, more specific mapper for them that answers without a body.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException thrown) {
    // Validation problems are 400s: no challenge header is involved, headers are not needed.
    return new ProblemMapper().toResponse(thrown);
  }
}
