package org.yjtracker.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

/** The single exception mapper of the API: every error leaves as application/problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable thrown) {
    Problem problem = Problems.of(thrown);
    var response =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem.toJson().toString());
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"tracker\", charset=\"UTF-8\"");
    }
    return response.build();
  }
}
