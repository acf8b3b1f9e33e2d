package org.yjtracker.publicview.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yjtracker.web.boundary.PageRenderer;

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

  @Inject PageRenderer pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath()
            + Optional.ofNullable(request.getPathInfo()).orElse("").replaceAll("/$", "");
    Optional<PublicPage> page = PublicPage.at(path);
    pages.renderPublic(
        request,
        response,
        page.isPresent() ? 200 : 404,
        page.map(p -> p.title).orElse("Page not found"),
        page.map(p -> p.fragment).orElse("public-not-found"),
        page.map(p -> p.fragment).orElse(null));
  }
}
