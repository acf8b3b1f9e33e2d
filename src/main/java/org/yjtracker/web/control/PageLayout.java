package org.yjtracker.web.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.entity.Page;

/**
 * Puts a page fragment into the layout: title, navigation for the caller's roles, who is signed in
 * with a sign-out button, and the CSRF token the page scripts send back. Every value that comes
 * from data is escaped here; fragments are trusted files of the application.
 */
public final class PageLayout {

  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");
  private final String layout;

  public PageLayout(String layout) {
    this.layout = layout;
  }

  public String render(
      String title,
      String fragment,
      String script,
      Page.Section active,
      Caller caller,
      String csrf) {
    Map<String, String> slots =
        Map.of(
            "title",
            Html.escape(title),
            "csrf",
            Html.escape(csrf),
            "content",
            fragment,
            "script",
            script == null
                ? ""
                : "<script type=\"module\" src=\"/js/pages/"
                    + Html.escape(script)
                    + ".js\"></script>",
            "nav",
            caller == null ? "" : navigation(active, caller),
            "account",
            caller == null ? "" : account(caller, csrf));
    return fill(layout, slots);
  }

  /** Replaces each {{name}} with its value as given (escape values before, where needed). */
  public static String fill(String template, Map<String, String> slots) {
    Matcher matcher = SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 1024);
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(slots.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String navigation(Page.Section active, Caller caller) {
    String items =
        java.util.Arrays.stream(Page.Section.values())
            .filter(s -> s.shownTo(caller.roles()))
            .map(
                s ->
                    s == active
                        ? "<li class=\"govuk-service-navigation__item govuk-service-navigation__item--active\"><a class=\"govuk-service-navigation__link\" href=\""
                            + s.href()
                            + "\" aria-current=\"true\"><strong class=\"govuk-service-navigation__active-fallback\">"
                            + Html.escape(s.label())
                            + "</strong></a></li>"
                        : "<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\""
                            + s.href()
                            + "\">"
                            + Html.escape(s.label())
                            + "</a></li>")
            .collect(Collectors.joining("\n"));
    return "<section aria-label=\"Menu\" class=\"govuk-service-navigation\" data-module=\"govuk-service-navigation\">"
        + "<div class=\"govuk-width-container\"><div class=\"govuk-service-navigation__container\">"
        + "<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">"
        + "<ul class=\"govuk-service-navigation__list\" id=\"navigation\">"
        + items
        + "</ul></nav></div></div></section>";
  }

  static String account(Caller caller, String csrf) {
    return "<div class=\"tracker-account\"><span class=\"tracker-account__name\" id=\"signed-in-as\">"
        + Html.escape(caller.displayName())
        + "</span><form method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"_csrf\" value=\""
        + Html.escape(csrf)
        + "\"><button type=\"submit\" class=\"tracker-signout\" id=\"sign-out\">Sign out</button></form></div>";
  }
}
