package org.yjtracker.web.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.web.control.FormErrors;

/**
 * The pages. Each component registers its pages ({@link PageRoutes}); a page is rendered on the
 * server from a template and its forms post back here, so every page works without script.
 */
public class PagesServlet extends HttpServlet {

  @Inject PageWriter writer;
  @Inject @Any Instance<PageRoutes> components;

  private volatile Routes routes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    dispatch("GET", request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    dispatch("POST", request, response);
  }

  private void dispatch(String method, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    if (path.isEmpty() || path.equals("/")) {
      response.sendRedirect("/start");
      return;
    }
    Caller caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller c ? c : null;
    Optional<Routes.Match> match = routes().match(method, path);
    if (match.isEmpty()) {
      writer.error(request, response, routes().knows(path) ? 405 : 404, null);
      return;
    }
    Routes.Route route = match.get().route();
    if (!route.open() && caller == null) {
      response.sendRedirect("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      return;
    }
    if (!route.open() && !route.allows(caller.roles())) {
      writer.error(request, response, 403, null);
      return;
    }
    PageResult result;
    try {
      result = route.handler().handle(new PageContext(request, match.get().matcher(), caller));
    } catch (FormErrors.ShownProblem shown) {
      writer.error(request, response, shown.problem().status(), shown.problem().detail());
      return;
    } catch (Exception e) {
      Problem problem = Problems.of(e);
      writer.error(request, response, problem.status(), problem.detail());
      return;
    }
    if (result instanceof PageResult.View view) {
      if (view.section() == null) {
        view.section(route.section());
      }
      writer.write(request, response, view);
    } else if (result instanceof PageResult.Redirect redirect) {
      PageWriter.flash(request, redirect.success());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", redirect.location());
    }
  }

  private Routes routes() {
    Routes known = routes;
    if (known == null) {
      known = new Routes();
      for (PageRoutes component : components) {
        component.register(known);
      }
      routes = known;
    }
    return known;
  }
}
