package org.yjtracker.web.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.access.entity.Role;
import org.yjtracker.web.entity.Section;

/**
 * The pages' addresses. {@code {name}} in a path stands for a record's numeric id, read with {@link
 * PageContext#id(String)}. A page is for signed-in people unless it is registered as open (the
 * public view, the accessibility statement); roles narrow it further (anyone else gets the "not
 * allowed" page, and the facades check again).
 */
public final class Routes {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z]*)}");

  /** One address with one method. */
  public record Route(
      String method,
      String path,
      Pattern pattern,
      boolean open,
      Section section,
      Set<Role> roles,
      PageHandler handler) {

    public boolean allows(Set<Role> callerRoles) {
      return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }
  }

  /** A route and the path's match, to read its ids. */
  public record Match(Route route, Matcher matcher) {}

  private final List<Route> routes = new ArrayList<>();

  /** A page for signed-in people of the roles given (any role when none is given). */
  public Routes get(String path, Section section, PageHandler handler, Role... roles) {
    return add("GET", path, false, section, handler, roles);
  }

  /** A form's target for signed-in people of the roles given (any role when none is given). */
  public Routes post(String path, Section section, PageHandler handler, Role... roles) {
    return add("POST", path, false, section, handler, roles);
  }

  /** A page for anybody, signed in or not. */
  public Routes open(String path, PageHandler handler) {
    return add("GET", path, true, null, handler);
  }

  /**
   * A form's target for anybody, signed in or not: only for a request that carries its own
   * authority (a signed link), as the CSRF filter lets it through without the session's token.
   */
  public Routes openPost(String path, PageHandler handler) {
    return add("POST", path, true, null, handler);
  }

  private Routes add(
      String method,
      String path,
      boolean open,
      Section section,
      PageHandler handler,
      Role... roles) {
    routes.add(
        new Route(
            method,
            path,
            Pattern.compile(toRegex(path)),
            open,
            section,
            roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)),
            handler));
    return this;
  }

  private static String toRegex(String path) {
    Matcher m = PLACEHOLDER.matcher(path);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(Pattern.quote(path.substring(last, m.start())));
      out.append("(?<").append(m.group(1)).append(">[1-9][0-9]{0,17})");
      last = m.end();
    }
    out.append(Pattern.quote(path.substring(last)));
    return out.toString();
  }

  /** The route for a method and path, if any. */
  public Optional<Match> match(String method, String path) {
    for (Route route : routes) {
      Matcher matcher = route.pattern().matcher(path);
      if (route.method().equals(method) && matcher.matches()) {
        return Optional.of(new Match(route, matcher));
      }
    }
    return Optional.empty();
  }

  /** Whether any method answers this path (a POST-only address asked for with GET is a 405). */
  public boolean knows(String path) {
    return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
  }

  public List<Route> all() {
    return List.copyOf(routes);
  }
}
