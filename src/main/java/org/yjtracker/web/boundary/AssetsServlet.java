package org.yjtracker.web.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves GOV.UK Frontend from its WebJar under short, version-free paths: {@code /govuk/...} for
 * the stylesheet and scripts, {@code /assets/images/...} where its stylesheet expects images. Its
 * fonts are deliberately not served: GDS Transport is licensed to GOV.UK services only, so the text
 * falls back to Arial.
 */
public class AssetsServlet extends HttpServlet {

  private String webjar;

  @Override
  public void init() {
    webjar =
        "/webjars/govuk-frontend/"
            + getServletContext().getInitParameter("govuk.frontend.version")
            + "/dist/govuk";
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String rest = request.getPathInfo();
    if (rest == null || rest.contains("..")) {
      response.sendError(404);
      return;
    }
    String target =
        switch (request.getServletPath()) {
          case "/govuk" -> webjar + rest;
          case "/assets" -> rest.startsWith("/images/") ? webjar + "/assets" + rest : null;
          default -> null;
        };
    if (target == null) {
      response.sendError(404);
      return;
    }
    response.setHeader("Cache-Control", "public, max-age=86400");
    request.getRequestDispatcher(target).forward(request, response);
  }
}
