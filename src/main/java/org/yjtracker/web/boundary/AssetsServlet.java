package org.yjtracker.web.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Serves GOV.UK Frontend from its WebJar under short, version-free paths: {@code /govuk/...} for
 * the stylesheet and scripts, {@code /assets/images/...} where its stylesheet expects images. Its
 * fonts are deliberately not served: GDS Transport is licensed to GOV.UK services only, so the text
 * falls back to Arial.
 */
public class AssetsServlet extends HttpServlet {

  /** GOV.UK's @font-face rules: their fonts are not ours to serve, so they are not asked for. */
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

  private String webjar;
  private volatile byte[] stylesheet;

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
    if (target.endsWith("/govuk-frontend.min.css")) {
      stylesheet(response, target);
      return;
    }
    request.getRequestDispatcher(target).forward(request, response);
  }

  /**
   * GOV.UK Frontend's stylesheet without its @font-face rules. With them, every page asked for font
   * files this server may not serve and got 404s; without them the font family names GDS Transport,
   * which no browser has, and the text is set in Arial as GOV.UK's own fallback says.
   */
  private void stylesheet(HttpServletResponse response, String target) throws IOException {
    byte[] css = stylesheet;
    if (css == null) {
      String path = "META-INF/resources" + target;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          response.sendError(404);
          return;
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        css = FONT_FACE.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
        stylesheet = css;
      }
    }
    response.setContentType("text/css;charset=UTF-8");
    response.setContentLength(css.length);
    response.getOutputStream().write(css);
  }
}
