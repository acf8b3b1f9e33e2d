package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

@Path("services/{serviceId}/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class ServiceInspectionsResource {

  @Inject InspectionRecords records;
  @Inject Caller caller;

  @GET
  @Operation(summary = "A service's chain of inspections, oldest first")
  public List<InspectionSummary> history(@PathParam("serviceId") long serviceId) {
    return records.history(caller, serviceId);
  }
}
