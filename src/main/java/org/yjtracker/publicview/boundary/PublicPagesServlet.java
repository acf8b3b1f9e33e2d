package org.yjtracker.publicview.boundary;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yjtracker.web.control.PageLayout;

/**
 * The public pages, for anybody without signing in: published inspections and one inspection. They
 * use a layout of their own with no signed-in navigation and a "Sign in" link, and start no session
 * (they post nothing, so they need no CSRF token).
 */
public class PublicPagesServlet extends HttpServlet {

  /** A public page: where it is, its fragment (and script of the same name), its title. */
  private enum PublicPage {
    LIST("/public", "public-inspections", "Published inspections"),
    INSPECTION("/public/inspections/[1-9][0-9]{0,17}", "public-inspection", "Inspection");

    private final Pattern path;
    private final String fragment;
    private final String title;

    PublicPage(String path, String fragment, String title) {
      this.path = Pattern.compile(path);
      this.fragment = fragment;
      this.title = title;
    }

    static Optional<PublicPage> at(String path) {
      for (PublicPage page : values()) {
        if (page.path.matcher(path).matches()) {
          return Optional.of(page);
        }
      }
      return Optional.empty();
    }
  }

  private final Map<String, String> files = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath()
            + Optional.ofNullable(request.getPathInfo()).orElse("").replaceAll("/$", "");
    Optional<PublicPage> page = PublicPage.at(path);
    ServletContext context = request.getServletContext();
    String html =
        new PageLayout(file(context, "public-layout"))
            .render(
                page.map(p -> p.title).orElse("Page not found"),
                file(context, page.map(p -> p.fragment).orElse("not-found")),
                page.map(p -> p.fragment).orElse(null),
                null,
                null,
                "");
    response.setStatus(page.isPresent() ? 200 : 404);
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
