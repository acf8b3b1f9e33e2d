package org.yjtracker.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.web.control.Html;

/**
 * The error pages (web.xml {@code <error-page>}): whatever the server itself answers with an error
 * (a mistyped address, a method a path does not take, an exception no one caught) is shown in the
 * tracker's own layout with the right status, instead of the application server's "Error report"
 * page that names its internals. Under {@code /api/} the answer is application/problem+json, never
 * HTML.
 */
public class ErrorPagesServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPagesServlet.class.getName());

  @Inject PageWriter writer;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    SecurityHeaders.apply(response);
    response.setHeader("Cache-Control", "no-store");
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (path.startsWith(request.getContextPath() + "/api/") || path.equals("/api")) {
      problem(response, status, thrown);
      return;
    }
    if (thrown != null) {
      // Problems logs it with an incident id; the page itself shows no details.
      Problems.of(thrown);
    }
    try {
      page(request, response, status);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.SEVERE, "Error page could not be rendered", e);
      plain(response, status);
    }
  }

  /** The error's status; a direct request for the error page itself is a page not found. */
  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status && status >= 400 ? status : 404;
  }

  private void page(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    writer.error(request, response, status, null);
  }

  private static void problem(HttpServletResponse response, int status, Throwable thrown)
      throws IOException {
    Problem problem =
        thrown != null
            ? Problems.of(thrown)
            : Problem.of(status, reason(status), reasonDetail(status));
    response.resetBuffer();
    problem.writeTo(response);
  }

  private static String reason(int status) {
    var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
    return known == null
        ? (status >= 500 ? "Server error" : "Client error")
        : known.getReasonPhrase();
  }

  private static String reasonDetail(int status) {
    return switch (status) {
      case 404 -> "There is nothing here.";
      case 405 -> "This address does not take that method.";
      case 415 -> "This resource does not accept that content type.";
      default -> status >= 500 ? "Something went wrong on our side." : reason(status);
    };
  }

  /** Last resort when even the layout fails: still our words, lang and headers. */
  private static void plain(HttpServletResponse response, int status) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(PageWriter.ErrorWords.of(status).heading())
                + " – Inspection tracker</title></head><body><h1>"
                + Html.escape(PageWriter.ErrorWords.of(status).heading())
                + "</h1><p><a href=\"/\">Inspection tracker</a></p></body></html>");
  }
}
