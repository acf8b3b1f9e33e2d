package org.yjtracker.access.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.Problem;

/**
 * /metrics (MicroProfile Metrics, Prometheus text) for inspectorate admins only: it tells how busy
 * the tracker is, how often sign-ins fail and how the server is built, which helps an attacker.
 *
 * <p>Payara registers its metrics servlet in the web module at the root context, which is the
 * tracker (the launcher and the tests deploy it there), so this filter and the tracker's
 * authentication guard it like any page: an admin's session, HTTP Basic or an admin's API token, or
 * the scraper's own token ({@code tracker.metrics.token}, see {@link
 * org.yjtracker.access.control.MetricsToken}), which Prometheus sends as {@code authorization:
 * {type: Bearer, credentials: ...}}.
 */
public class MetricsAccessFilter extends HttpFilter {

  /** Set by the authentication when the request carries the scraper's {@link MetricsToken}. */
  static final String SCRAPER = "tracker.metricsScraper";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (Boolean.TRUE.equals(request.getAttribute(SCRAPER))) {
      chain.doFilter(request, response);
      return;
    }
    if (!(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"tracker\"");
      Problem.of(401, "Unauthorized", "Sign in to read the metrics.").writeTo(response);
      return;
    }
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN)) {
      Problem.of(403, "Forbidden", "Only inspectorate admins may read the metrics.")
          .writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }
}
