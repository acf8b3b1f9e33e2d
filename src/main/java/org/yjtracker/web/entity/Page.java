package org.yjtracker.web.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yjtracker.access.entity.Role;

/**
 * The pages a person uses. Each is a fragment in {@code WEB-INF/pages/} with a script of the same
 * name in {@code js/pages/}; {id} in a path stands for a numeric id.
 */
public enum Page {
  INSPECTION_NEW(
      "/inspections/new",
      "inspection-form",
      "Record an inspection",
      Section.INSPECTIONS,
      Role.INSPECTORATE_ADMIN,
      Role.INSPECTOR),
  INSPECTION_EDIT(
      "/inspections/{id}/edit",
      "inspection-form",
      "Change an inspection",
      Section.INSPECTIONS,
      Role.INSPECTORATE_ADMIN,
      Role.INSPECTOR),
  INSPECTION("/inspections/{id}", "inspection", "Inspection", Section.INSPECTIONS),
  INSPECTION_THEMES(
      "/inspections/{id}/themes",
      "inspection-themes",
      "Confirm themes",
      Section.INSPECTIONS,
      Role.INSPECTORATE_ADMIN,
      Role.INSPECTOR),
  INSPECTION_COMPARISON(
      "/inspections/{id}/comparison",
      "inspection-comparison",
      "Compared with the previous inspection",
      Section.INSPECTIONS),
  SERVICE("/services/{id}", "service", "Service", Section.INSPECTIONS),
  SERVICE_DASHBOARD(
      "/services/{id}/dashboard", "service-dashboard", "Service dashboard", Section.INSPECTIONS),
  DASHBOARD(
      "/dashboard",
      "dashboard",
      "National dashboard",
      Section.DASHBOARD,
      Role.INSPECTORATE_ADMIN,
      Role.INSPECTOR),
  THEMES("/themes", "themes", "Themes", Section.THEMES),
  THEME_NEW("/themes/new", "theme-form", "Add a theme", Section.THEMES, Role.INSPECTORATE_ADMIN),
  THEME_EDIT(
      "/themes/{id}/edit", "theme-form", "Change a theme", Section.THEMES, Role.INSPECTORATE_ADMIN),
  THEME("/themes/{id}", "theme", "Theme", Section.THEMES),
  ORGANISATIONS("/organisations", "organisations", "Organisations", Section.ORGANISATIONS),
  ORGANISATION_NEW(
      "/organisations/new", "organisation-form", "Add an organisation", Section.ORGANISATIONS),
  ORGANISATION_EDIT(
      "/organisations/{id}/edit",
      "organisation-form",
      "Change an organisation",
      Section.ORGANISATIONS),
  ORGANISATION("/organisations/{id}", "organisation", "Organisation", Section.ORGANISATIONS),
  USERS("/users", "users", "Users", Section.USERS, Role.INSPECTORATE_ADMIN),
  USER_NEW("/users/new", "user-form", "Add a user", Section.USERS, Role.INSPECTORATE_ADMIN),
  USER_EDIT(
      "/users/{id}/edit", "user-form", "Change a user", Section.USERS, Role.INSPECTORATE_ADMIN),
  AUDIT("/audit", "audit", "Audit trail", Section.AUDIT, Role.INSPECTORATE_ADMIN),
  ACCOUNT("/account", "account", "Your account", Section.ACCOUNT);

  /** The table of the record whose id the address carries, by the address's first segment. */
  private static final java.util.Map<String, String> RECORD_TABLES =
      java.util.Map.of(
          "imports", "report_import",
          "inspections", "inspection",
          "services", "organisation",
          "plans", "action_plan",
          "actions", "plan_action",
          "themes", "theme",
          "organisations", "organisation",
          "users", "account");

  private static final Pattern ID = Pattern.compile("^/([a-z]+)/([1-9][0-9]{0,17})(/|$)");

  private final String template;
  private final Pattern path;
  private final String fragment;
  private final String title;
  private final Section section;
  private final Set<Role> roles;

  Page(String path, String fragment, String title, Section section, Role... roles) {
    this.template = path;
    this.path = Pattern.compile(path.replace("{id}", "[1-9][0-9]{0,17}"));
    this.fragment = fragment;
    this.title = title;
    this.section = section;
    this.roles =
        roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
  }

  public static Optional<Page> at(String path) {
    return Arrays.stream(values()).filter(p -> p.path.matcher(path).matches()).findFirst();
  }

  /**
   * The record a page shows, as the table and id from its address: a page of a record that does not
   * exist is a page not found.
   */
  public static Optional<RecordRef> recordIn(String path) {
    var matcher = ID.matcher(path);
    if (!matcher.find() || !RECORD_TABLES.containsKey(matcher.group(1))) {
      return Optional.empty();
    }
    return Optional.of(
        new RecordRef(RECORD_TABLES.get(matcher.group(1)), Long.parseLong(matcher.group(2))));
  }

  /** A record named by an address: a table of the tracker (never from input) and an id. */
  public record RecordRef(String table, long id) {}

  /** The page's address with 1 for any id, as an example. */
  public String examplePath() {
    return template.replace("{id}", "1");
  }

  public boolean allows(Set<Role> callerRoles) {
    return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
  }

  public String fragment() {
    return fragment;
  }

  public String title() {
    return title;
  }

  public Section section() {
    return section;
  }

  /** The service navigation; a section shows only to the roles that may use its pages. */
  public enum Section {
    INSPECTIONS("/inspections", "Inspections"),
    DASHBOARD("/dashboard", "Dashboard", Role.INSPECTORATE_ADMIN, Role.INSPECTOR),
    PLANS("/my-actions", "My actions"),
    THEMES("/themes", "Themes"),
    ORGANISATIONS("/organisations", "Organisations"),
    USERS("/users", "Users", Role.INSPECTORATE_ADMIN),
    AUDIT("/audit", "Audit trail", Role.INSPECTORATE_ADMIN),
    ACCOUNT("/account", "Your account");

    private final String href;
    private final String label;
    private final Set<Role> roles;

    Section(String href, String label, Role... roles) {
      this.href = href;
      this.label = label;
      this.roles =
          roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    public boolean shownTo(Set<Role> callerRoles) {
      return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }

    public String href() {
      return href;
    }

    public String label() {
      return label;
    }
  }
}
