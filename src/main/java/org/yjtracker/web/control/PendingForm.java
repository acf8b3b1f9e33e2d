package org.yjtracker.web.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form that arrived after its session had ended: kept in the new session so that, once the person
 * has signed in again, they can send it rather than type it again. Passwords are never kept.
 *
 * @param path where it was posted (a path of this site)
 * @param fields each field's values, without the CSRF token
 */
public record PendingForm(String path, Map<String, List<String>> fields) implements Serializable {

  /** The session attribute that holds it. */
  public static final String SESSION_ATTRIBUTE = "tracker.pendingForm";

  /** Forms posted here are never kept: signing in and out are not work to lose. */
  private static final List<String> NOT_KEPT = List.of("/signin", "/signout", "/resume");

  public PendingForm {
    Objects.requireNonNull(path);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fields.forEach(
        (name, values) -> {
          if (!name.equals("_csrf") && !name.toLowerCase().contains("password")) {
            copy.put(name, List.copyOf(values));
          }
        });
    fields = copy;
  }

  /** Whether a form posted to this path is worth keeping. */
  public static boolean keeps(String path) {
    return path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/api/")
        && NOT_KEPT.stream().noneMatch(path::startsWith);
  }

  /** "percentComplete" as "Percent complete", "targetDate-day" as "Target date day". */
  static String humanised(String name) {
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The fields a person typed something into, to show them what will be sent. */
  public Map<String, List<String>> shown() {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    fields.forEach(
        (name, values) -> {
          if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
            shown.put(humanised(name), values);
          }
        });
    return shown;
  }
}
