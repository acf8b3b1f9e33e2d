package org.yjtracker.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.control.Html;
import org.yjtracker.web.control.PageLayout;
import org.yjtracker.web.entity.Page;

/** Reads page fragments once and writes them inside the layout. */
@ApplicationScoped
public class PageRenderer {

  private final Map<String, String> files = new ConcurrentHashMap<>();

  public void render(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String fragmentName,
      Map<String, String> fragmentSlots,
      String script,
      Page.Section section)
      throws IOException {
    ServletContext context = request.getServletContext();
    Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
    String csrf = CsrfTokens.of(request.getSession(true));
    String fragment = banner(request) + PageLayout.fill(file(context, fragmentName), fragmentSlots);
    String html =
        new PageLayout(file(context, "layout"))
            .render(title, fragment, script, section, caller, csrf);
    write(response, status, html);
  }

  /** The message a redirect left for this page (see {@link PageWriter#flash}), as a banner. */
  private static String banner(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session == null || !(session.getAttribute(PageWriter.FLASH) instanceof String message)) {
      return "";
    }
    session.removeAttribute(PageWriter.FLASH);
    return "<div class=\"govuk-notification-banner govuk-notification-banner--success\""
        + " role=\"alert\" aria-labelledby=\"success-title\" id=\"flash\">"
        + "<div class=\"govuk-notification-banner__header\"><h2"
        + " class=\"govuk-notification-banner__title\" id=\"success-title\">Success</h2></div>"
        + "<div class=\"govuk-notification-banner__content\"><p"
        + " class=\"govuk-notification-banner__heading\">"
        + Html.escape(message)
        + "</p></div></div>";
  }

  private static void write(HttpServletResponse response, int status, String html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private String file(ServletContext context, String name) {
    return files.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = context.getResourceAsStream("/WEB-INF/pages/" + n + ".html")) {
            if (in == null) {
              throw new IllegalStateException("No page fragment " + n);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
