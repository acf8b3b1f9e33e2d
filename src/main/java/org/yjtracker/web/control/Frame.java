package org.yjtracker.web.control;

import java.util.List;
import java.util.Objects;

/**
 * Everything the layout around a page needs: its title, who is signed in (null on public pages),
 * the service navigation, the session's CSRF token for the forms, a message carried over from the
 * request before (a notification banner after a redirect), and the scripts that enhance the page.
 *
 * @param title the page's own title; the layout adds the service's name, and "Error: " in front
 *     when the page shows a form with errors
 * @param signedInAs the signed-in person's name, or null on a public page
 * @param sessionSeconds how long an idle session lasts, for the timeout warning (0: no session)
 */
public record Frame(
    String title,
    boolean hasErrors,
    String signedInAs,
    List<NavItem> navigation,
    String csrf,
    String success,
    List<String> scripts,
    int sessionSeconds) {

  public Frame {
    Objects.requireNonNull(title);
    navigation = List.copyOf(navigation);
    scripts = List.copyOf(scripts);
    csrf = csrf == null ? "" : csrf;
  }

  /** One item of the service navigation. */
  public record NavItem(String href, String label, boolean active) {}

  public boolean isPublic() {
    return signedInAs == null;
  }

  /** The document title as GOV.UK pages give it: "Error: " when the form has errors. */
  public String documentTitle() {
    return (hasErrors ? "Error: " : "") + title + " – Inspection tracker";
  }

  /** Where the service name in the header leads. */
  public String home() {
    return isPublic() ? "/public" : "/start";
  }
}
