package org.yjtracker.access.boundary;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import org.yjtracker.access.entity.Caller;

/**
 * Every API call is denied unless signed in (401), and unless the caller holds one of the roles the
 * method allows (403). Finer rules (which organisation's objects) live in the facades.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (resource.getResourceMethod() == null || isAnonymous()) {
      return;
    }
    if (!(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller)) {
      throw new NotAuthorizedException("Sign in to use this.", "Basic realm=\"tracker\"");
    }
    AllowedRoles allowed = annotation(AllowedRoles.class);
    if (allowed != null && !caller.hasAnyRole(allowed.value())) {
      throw new ForbiddenException(
          "Only " + Arrays.stream(allowed.value()).map(r -> r.label()).toList() + " may do this.");
    }
  }

  private boolean isAnonymous() {
    return annotation(Anonymous.class) != null;
  }

  private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
    A onMethod = ((AnnotatedElement) resource.getResourceMethod()).getAnnotation(type);
    return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type);
  }
}
