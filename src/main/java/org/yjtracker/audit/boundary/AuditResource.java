package org.yjtracker.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.platform.control.Clocks;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.INSPECTORATE_ADMIN)
@Tag(name = "Audit trail")
public class AuditResource {

  @Inject AuditLog log;

  @GET
  @Operation(
      summary =
          "Audit entries, newest first; from/to are dates (YYYY-MM-DD, UK time) or instants,"
              + " 'to' is exclusive for instants and inclusive for dates")
  public ResultPage<AuditEntryView> list(
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return log.search(
        new AuditLog.Filter(
            objectType,
            objectId,
            actor,
            Enums.parse(AuditAction.class, action, "action"),
            instant(from, "from", false),
            instant(to, "to", true)),
        new PageRequest(page, size));
  }

  @GET
  @Path("object-types")
  @Operation(summary = "The kinds of object the trail has entries for")
  public List<String> objectTypes() {
    return log.objectTypes();
  }

  static Instant instant(String value, String field, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(Clocks.TRACKER_ZONE).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Use a date like 2026-01-31 or an instant like 2026-01-31T09:00:00Z");
    }
  }
}
