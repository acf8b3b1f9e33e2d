package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import org.yjtracker.access.entity.Caller;

/** Lets resources inject the caller that the authentication mechanism put on the request. */
@ApplicationScoped
public class CallerProducer {

  @Inject HttpServletRequest request;

  @Produces
  Caller caller() {
    if (request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller) {
      return caller;
    }
    throw new NotAuthorizedException("Sign in to use this.", "Basic realm=\"tracker\"");
  }
}
