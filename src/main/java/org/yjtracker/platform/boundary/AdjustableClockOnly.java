package org.yjtracker.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.yjtracker.platform.control.Clocks;

/**
 * Without {@code tracker.clock.adjustable=true} the test clock does not exist: 404 for everybody,
 * before the sign-in and role checks, which would otherwise tell a caller that something is there.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdjustableClockOnly implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceClass() != null
        && resource.getResourceClass().isAnnotationPresent(TestClockApi.class)
        && CDI.current().select(Clocks.class).get().movable().isEmpty()) {
      throw new NotFoundException();
    }
  }
}
