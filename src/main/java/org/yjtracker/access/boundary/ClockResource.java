package org.yjtracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.boundary.TestClockApi;
import org.yjtracker.platform.control.Clocks;
import org.yjtracker.platform.control.MovableClock;

/**
 * The test clock: integration tests move it to make a plan late or an action stale, instead of
 * rewriting rows. It exists only with {@code tracker.clock.adjustable=true}; otherwise every
 * request is 404 ({@link AdjustableClockOnly}) and {@link OpenApiCleanup} leaves it out of
 * /openapi.
 */
@Path("admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.INSPECTORATE_ADMIN)
@Tag(name = ClockResource.TAG)
@TestClockApi
public class ClockResource {

  static final String TAG = TestClockApi.TAG;
  static final String PATH = TestClockApi.PATH;

  private static final Logger LOG = Logger.getLogger(ClockResource.class.getName());

  @Inject Clocks clocks;
  @Inject Caller caller;

  @GET
  @Operation(summary = "What time the tracker thinks it is, and how far the clock is moved")
  public ClockView now() {
    return ClockView.of(movable());
  }

  @PUT
  @Operation(
      summary =
          "Move the clock: to a date (today), or by offsetDays or offsetSeconds from the system's"
              + " time; exactly one of them")
  public ClockView move(
      @Valid @NotNull(message = "Send today, offsetDays or offsetSeconds") ClockSetting setting) {
    MovableClock clock = movable();
    setting.applyTo(clock);
    LOG.warning(() -> caller.email() + " moved the clock to " + clock.instant());
    return ClockView.of(clock);
  }

  @DELETE
  @Operation(summary = "Put the clock back to the system's time")
  public ClockView reset() {
    MovableClock clock = movable();
    clock.reset();
    LOG.info(() -> caller.email() + " put the clock back to the system's time");
    return ClockView.of(clock);
  }

  private MovableClock movable() {
    return clocks.movable().orElseThrow(NotFoundException::new);
  }
}
