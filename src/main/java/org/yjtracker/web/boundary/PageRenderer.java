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
    String fragment = PageLayout.fill(file(context, fragmentName), fragmentSlots);
    String html =
        new PageLayout(file(context, "layout"))
            .render(title, fragment, script, section, caller, csrf);
    write(response, status, html);
  }

  /**
   * A page for callers who have not signed in: the public layout, no navigation, no session and so
   * no CSRF token (public pages post nothing).
   */
  public void renderPublic(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String fragmentName,
      String script)
      throws IOException {
    renderPublic(request, response, status, title, fragmentName, Map.of(), script);
  }

  /** A public page whose fragment has {{slots}}; values must be escaped already. */
  public void renderPublic(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String fragmentName,
      Map<String, String> fragmentSlots,
      String script)
      throws IOException {
    ServletContext context = request.getServletContext();
    String fragment = PageLayout.fill(file(context, fragmentName), fragmentSlots);
    String html =
        new PageLayout(file(context, "public-layout"))
            .render(title, fragment, script, null, null, "");
    write(response, status, html);
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
