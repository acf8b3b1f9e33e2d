package org.yjtracker.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates a request body inside a facade, after the caller's right to send it has been checked.
 * Bean validation on a parameter runs before the method, so a caller who may not write a record
 * would learn from a 400 what the record needs instead of getting 403 or 404; facades whose access
 * depends on the record itself call this once the record has been found and the caller checked.
 */
@ApplicationScoped
public class RequestBodies {

  @Inject Validator validator;

  public <T> T valid(T body, String whatToSend) {
    if (body == null) {
      throw new InvalidInputException("body", whatToSend);
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }
}
