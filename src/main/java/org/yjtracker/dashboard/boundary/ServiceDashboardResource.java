package org.yjtracker.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

/** Its own root resource: JAX-RS would not reach it through services/{id}/inspections' root. */
@Path("services/{serviceId}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class ServiceDashboardResource {

  @Inject ServiceDashboards dashboards;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "A service's dashboard: ratings then and now, recommendations by status, actions by RAG,"
              + " overdue and stale actions, plan dates, progress by month")
  public ServiceDashboardView get(@PathParam("serviceId") long serviceId) {
    return dashboards.of(caller, serviceId);
  }
}
