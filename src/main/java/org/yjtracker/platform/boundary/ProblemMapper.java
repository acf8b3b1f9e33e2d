package org.yjtracker.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.yjtracker.platform.control.DatabaseTrouble;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

/** The single exception mapper of the API: every error leaves as application/problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable thrown) {
    Problem problem = Problems.of(thrown);
    var response =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem.toJson().toString());
    // A Basic challenge makes browsers open a password prompt; page scripts (which say
    // X-Requested-With) handle a 401 by going to the sign-in page instead.
    if (problem.status() == 401
        && (headers == null || headers.getHeaderString("X-Requested-With") == null)) {
      response.header("WWW-Authenticate", "Basic realm=\"tracker\", charset=\"UTF-8\"");
    }
    if (problem.status() == 503) {
      response.header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }
}
