package org.yjtracker.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.entity.Page;

/** Serves the page shells; their scripts fetch the data from the API as the signed-in user. */
public class PagesServlet extends HttpServlet {

  @Inject PageRenderer renderer;
  @Inject PageRecords records;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    if (path.isEmpty() || path.equals("/")) {
      response.sendRedirect("/inspections");
      return;
    }
    if (!(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller)) {
      response.sendRedirect("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      return;
    }
    Optional<Page> page = Page.at(path);
    if (page.isEmpty()) {
      renderer.render(request, response, 404, "Page not found", "not-found", Map.of(), null, null);
      return;
    }
    if (!page.get().allows(caller.roles())) {
      renderer.render(
          request, response, 403, "Not allowed", "forbidden", Map.of(), null, page.get().section());
      return;
    }
    if (Page.recordIn(path).filter(r -> !records.exists(r)).isPresent()) {
      renderer.render(
          request,
          response,
          404,
          "Page not found",
          "not-found",
          Map.of(),
          null,
          page.get().section());
      return;
    }
    renderer.render(
        request,
        response,
        200,
        page.get().title(),
        page.get().fragment(),
        Map.of(),
        page.get().fragment(),
        page.get().section());
  }
}
