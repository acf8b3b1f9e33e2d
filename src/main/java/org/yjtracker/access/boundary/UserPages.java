package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationQuery;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.boundary.OrganisationView;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.control.Pager;
import org.yjtracker.web.entity.Section;

/**
 * Accounts as inspectorate admins manage them: a list filtered by a plain GET form, and the form to
 * add or change an account (its name, roles, organisations, a new password, whether it may sign
 * in). Organisations are found with a search button on the same form, so choosing them needs no
 * script; what was ticked stays ticked.
 */
@ApplicationScoped
public class UserPages implements PageRoutes {

  static final int PAGE_SIZE = 25;
  static final int MATCHES = 20;

  @Inject AccountRegistry registry;
  @Inject OrganisationDirectory directory;

  @Override
  public void register(Routes routes) {
    routes
        .get("/users", Section.USERS, this::list, Role.INSPECTORATE_ADMIN)
        .get("/users/new", Section.USERS, this::blank, Role.INSPECTORATE_ADMIN)
        .post("/users", Section.USERS, this::add, Role.INSPECTORATE_ADMIN)
        .get("/users/{id}/edit", Section.USERS, this::edit, Role.INSPECTORATE_ADMIN)
        .post("/users/{id}", Section.USERS, this::change, Role.INSPECTORATE_ADMIN);
  }

  PageResult list(PageContext request) {
    String text = request.param("q");
    text = text.length() > 200 ? text.substring(0, 200) : text;
    Role role =
        Arrays.stream(Role.values())
            .filter(r -> r.name().equals(request.param("role")))
            .findFirst()
            .orElse(null);
    Boolean active =
        switch (request.param("active")) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> null;
        };
    int page = request.positive("page", 1);
    ResultPage<AccountView> found =
        registry.search(
            text.isEmpty() ? null : text, role, null, active, new PageRequest(page, PAGE_SIZE));
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("q", text);
    filters.put("role", role == null ? "" : role.name());
    filters.put("active", active == null ? "" : active.toString());
    List<Choice> roles = new ArrayList<>(List.of(new Choice("", "Any role")));
    Arrays.stream(Role.values()).forEach(r -> roles.add(new Choice(r.name(), r.label())));
    return PageResult.view("access/users", "Users")
        .with("form", Form.of(filters))
        .with("roles", roles)
        .with(
            "statuses",
            List.of(
                new Choice("", "Active or not"),
                new Choice("true", "Active"),
                new Choice("false", "Deactivated")))
        .with("users", found.items())
        .with("pager", Pager.of("/users", filters, page, PAGE_SIZE, found.total()));
  }

  PageResult blank(PageContext request) {
    return form(request, null, Form.of(Map.of("active", "true")));
  }

  PageResult add(PageContext request) {
    Form form = request.form();
    if (searching(form)) {
      return form(request, null, form);
    }
    try {
      AccountView added = registry.create(request.caller(), input(form, false));
      return PageResult.redirect("/users", added.displayName() + "'s account has been added");
    } catch (RuntimeException e) {
      return form(request, null, form.withErrors(FormErrors.from(e)));
    }
  }

  PageResult edit(PageContext request) {
    AccountView account = registry.find(request.id());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("email", account.email());
    fields.put("displayName", account.displayName());
    fields.put("roles", account.roles().stream().map(Role::name).toList());
    fields.put(
        "organisationIds", account.organisations().stream().map(OrganisationRef::id).toList());
    fields.put("active", account.active() ? "true" : null);
    fields.put("version", account.version());
    return form(request, account, Form.of(fields));
  }

  PageResult change(PageContext request) {
    AccountView account = registry.find(request.id());
    Form form = request.form();
    if (searching(form)) {
      return form(request, account, form);
    }
    Caller caller = request.caller();
    try {
      AccountView changed = registry.update(caller, account.id(), input(form, true));
      HttpSession session = request.http().getSession(false);
      if (account.id() == caller.id() && session != null) {
        // An admin resetting their own password keeps this session, as in the API.
        session.setAttribute(
            TrackerAuthenticationMechanism.SESSION_EPOCH, registry.credentialEpoch(account.id()));
      }
      return PageResult.redirect("/users", changed.displayName() + "'s account has been changed");
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      if (errors.stream().anyMatch(error -> "version".equals(error.field()))) {
        AccountView current = registry.find(account.id());
        return form(
            request,
            current,
            form.with("version", current.version())
                .withErrors(
                    List.of(
                        new FieldError(
                            "version",
                            "Someone else changed this account while you were editing it. Check"
                                + " the details below and save again to keep yours."))));
      }
      return form(request, account, form.withErrors(errors));
    }
  }

  /**
   * Organisations are searched for, not the account saved: the form's first button is "Search", so
   * Enter in any field sends it; with nothing to search for, that means "Save". The search box is
   * emptied once searched, so Enter afterwards saves.
   */
  private static boolean searching(Form form) {
    return !form.value("find").isEmpty() && !form.value("orgSearch").isBlank();
  }

  private static AccountInput input(Form form, boolean editing) {
    List<Long> organisationIds =
        form.values("organisationIds").stream()
            .filter(v -> v.matches("[1-9][0-9]{0,17}"))
            .map(Long::parseLong)
            .distinct()
            .toList();
    Set<String> roles = new LinkedHashSet<>(form.values("roles"));
    roles.removeIf(r -> r == null || r.isBlank());
    String password = form.value("password");
    String version = form.value("version");
    return new AccountInput(
        form.value("email").strip(),
        form.value("displayName").strip(),
        roles,
        organisationIds,
        "true".equals(form.value("active")),
        password.isEmpty() ? null : password,
        editing ? Form.wholeOf(version) : null);
  }

  private PageResult form(PageContext request, AccountView account, Form form) {
    String search = form.value("orgSearch").strip();
    form = form.with("password", null).with("find", null).with("orgSearch", null);
    form.anchor("roles", "roles")
        .anchor("organisationIds", "org-search")
        .anchor("version", "email");
    // The organisations ticked (by name), then those the search finds.
    Map<Long, String> chosen = new LinkedHashMap<>();
    if (account != null) {
      account.organisations().forEach(o -> chosen.put(o.id(), o.name()));
    }
    List<Long> ticked =
        form.values("organisationIds").stream()
            .filter(v -> v.matches("[1-9][0-9]{0,17}"))
            .map(Long::parseLong)
            .distinct()
            .toList();
    Map<Long, String> shown = new LinkedHashMap<>();
    for (Long id : ticked) {
      String name = chosen.get(id);
      if (name == null) {
        name = nameOf(request.caller(), id);
      }
      if (name != null) {
        shown.put(id, name);
      }
    }
    List<OrganisationView> matches = List.of();
    if (!search.isEmpty()) {
      matches =
          directory
              .search(
                  request.caller(),
                  new OrganisationQuery(
                      null,
                      null,
                      search.length() > 200 ? search.substring(0, 200) : search,
                      null,
                      new PageRequest(1, MATCHES)))
              .items();
    }
    List<Choice> organisations = new ArrayList<>();
    shown.forEach((id, name) -> organisations.add(new Choice(String.valueOf(id), name)));
    matches.stream()
        .filter(o -> !shown.containsKey(o.id()))
        .forEach(
            o -> organisations.add(new Choice(String.valueOf(o.id()), o.name(), o.kindLabel())));
    List<Choice> roles = new ArrayList<>();
    Arrays.stream(Role.values()).forEach(r -> roles.add(new Choice(r.name(), r.label())));
    boolean editing = account != null;
    return PageResult.view("access/userForm", editing ? "Change a user" : "Add a user")
        .form(form)
        .with("account", account)
        .with("roles", roles)
        .with("organisations", organisations)
        .with("searched", search.isEmpty() ? null : search)
        .with("matchCount", matches.size())
        .with("target", editing ? "/users/" + account.id() : "/users");
  }

  private String nameOf(Caller caller, long id) {
    try {
      return directory.find(caller, id).name();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
