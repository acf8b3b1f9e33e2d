package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.theme.boundary.InspectionThemesView.RecommendationThemes;
import org.yjtracker.theme.boundary.InspectionThemesView.Suggested;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Themes as pages: the list, a theme with the recommendations confirmed in it, the admin's form to
 * add or change a theme, and the inspector's form to confirm the themes of an inspection's
 * recommendations (suggestions ticked where nothing is confirmed yet). The same facades as the API
 * decide what is allowed; their errors show on the fields.
 */
@ApplicationScoped
public class ThemePages implements PageRoutes {

  private static final Role[] ADMIN = {Role.INSPECTORATE_ADMIN};
  private static final Role[] INSPECTORS = {Role.INSPECTORATE_ADMIN, Role.INSPECTOR};

  /** The theme form's fields in their order on the page, for the error summary. */
  private static final List<String> FIELDS =
      List.of("code", "name", "description", "keywords", "retired");

  @Inject ThemeCatalogue catalogue;
  @Inject ThemeConfirmations confirmations;

  @Override
  public void register(Routes routes) {
    routes
        .get("/themes", Section.THEMES, this::list)
        .get("/themes/new", Section.THEMES, this::blank, ADMIN)
        .post("/themes", Section.THEMES, this::add, ADMIN)
        .get("/themes/{id}", Section.THEMES, this::theme)
        .get("/themes/{id}/edit", Section.THEMES, this::edit, ADMIN)
        .post("/themes/{id}", Section.THEMES, this::change, ADMIN)
        .get("/inspections/{id}/themes", Section.INSPECTIONS, this::confirming, INSPECTORS)
        .post("/inspections/{id}/themes", Section.INSPECTIONS, this::confirm, INSPECTORS);
  }

  PageResult list(PageContext request) {
    return PageResult.view("theme/list", "Themes")
        .with("themes", catalogue.all(request.caller()))
        .with("admin", request.caller().hasAnyRole(ADMIN));
  }

  PageResult theme(PageContext request) {
    ThemePageView page = catalogue.page(request.caller(), request.id());
    long services =
        page.recommendations().stream().map(ThemePageView.Row::serviceId).distinct().count();
    return PageResult.view("theme/theme", page.theme().name())
        .with("page", page)
        .with("services", services)
        .with("admin", request.caller().hasAnyRole(ADMIN));
  }

  PageResult blank(PageContext request) {
    return form(null, Form.empty());
  }

  PageResult add(PageContext request) {
    Form form = request.form();
    try {
      ThemeView saved = catalogue.create(request.caller(), input(form, false));
      return PageResult.redirect("/themes/" + saved.id(), saved.name() + " has been added");
    } catch (RuntimeException e) {
      return form(null, form.withErrors(inOrder(FormErrors.from(e))));
    }
  }

  PageResult edit(PageContext request) {
    ThemeView theme = catalogue.page(request.caller(), request.id()).theme();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", theme.name());
    fields.put("description", theme.description());
    fields.put("keywords", String.join("\n", theme.keywords()));
    fields.put("retired", theme.retired() ? "true" : null);
    fields.put("version", theme.version());
    return form(theme, Form.of(fields));
  }

  PageResult change(PageContext request) {
    ThemeView theme = catalogue.page(request.caller(), request.id()).theme();
    Form form = request.form();
    try {
      ThemeView saved = catalogue.update(request.caller(), theme.id(), input(form, true));
      return PageResult.redirect("/themes/" + saved.id(), saved.name() + " has been changed");
    } catch (RuntimeException e) {
      List<FieldError> errors = inOrder(FormErrors.from(e));
      if (Problems.of(e).status() == 409
          && errors.stream().anyMatch(f -> "version".equals(f.field()))) {
        // Someone saved the theme meanwhile: what was typed stays, and saving again keeps it.
        form = form.with("version", theme.version());
      }
      return form(theme, form.withErrors(errors).anchor("version", "name"));
    }
  }

  private static PageResult form(ThemeView theme, Form form) {
    return PageResult.view("theme/form", theme == null ? "Add a theme" : "Change a theme")
        .with("theme", theme)
        .form(form);
  }

  /** The form as the facade takes it: keywords one a line, blanks left out. */
  private static ThemeInput input(Form form, boolean changing) {
    ThemeInput input = new ThemeInput();
    input.name = form.value("name").strip();
    input.description = form.value("description").strip();
    input.keywords =
        Arrays.stream(form.value("keywords").split("\\R"))
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .toList();
    if (changing) {
      input.retired = form.has("retired", "true");
      String version = form.value("version");
      input.version = version.matches("[0-9]{1,18}") ? Long.valueOf(version) : null;
    } else {
      String code = form.value("code").strip();
      input.code = code.isEmpty() ? null : code;
    }
    return input;
  }

  /** One error a field ("keywords[2]" is the keywords box), in the order of the form. */
  private static List<FieldError> inOrder(List<FieldError> errors) {
    return errors.stream()
        .map(
            e ->
                e.field() != null && e.field().startsWith("keywords[")
                    ? new FieldError("keywords", e.message())
                    : e)
        .sorted(Comparator.comparingInt(e -> position(e.field())))
        .toList();
  }

  private static int position(String field) {
    int at = FIELDS.indexOf(field);
    return at < 0 ? FIELDS.size() : at;
  }

  PageResult confirming(PageContext request) {
    InspectionThemesView view = confirmations.ofInspection(request.caller(), request.id());
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecommendationThemes r : view.recommendations()) {
      fields.put(
          field(r),
          r.confirmed().isEmpty()
              ? r.suggested().stream().map(Suggested::id).toList()
              : r.confirmed().stream().map(InspectionThemesView.Confirmed::id).toList());
    }
    return confirmForm(view, Form.of(fields));
  }

  PageResult confirm(PageContext request) {
    long inspectionId = request.id();
    InspectionThemesView view = confirmations.ofInspection(request.caller(), inspectionId);
    Form form = request.form();
    Map<Long, List<Long>> themes = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (RecommendationThemes r : view.recommendations()) {
      List<Long> ids = new ArrayList<>();
      for (String value : form.values(field(r))) {
        if (value.matches("[1-9][0-9]{0,17}")) {
          ids.add(Long.valueOf(value));
        } else {
          errors.add(new FieldError(field(r), "Choose themes from the list"));
        }
      }
      themes.put(r.id(), ids);
    }
    if (errors.isEmpty()) {
      try {
        int changed = confirmations.confirmAll(request.caller(), inspectionId, themes);
        return PageResult.redirect(
            "/inspections/" + inspectionId + "/themes",
            changed == 0
                ? "Nothing has changed: the themes were already these"
                : "The themes have been saved");
      } catch (RuntimeException e) {
        errors.addAll(FormErrors.from(e));
      }
    }
    return confirmForm(view, form.withErrors(errors));
  }

  private static PageResult confirmForm(InspectionThemesView view, Form form) {
    Map<Long, List<ThemeChoice>> choices = new LinkedHashMap<>();
    for (RecommendationThemes r : view.recommendations()) {
      List<ThemeChoice> these = choices(r, view.available());
      choices.put(r.id(), these);
      if (!these.isEmpty()) {
        form.anchor(field(r), these.get(0).id());
      }
    }
    return PageResult.view("theme/confirm", "Confirm themes: " + view.serviceName())
        .with("view", view)
        .with("choices", choices)
        .form(form);
  }

  static String field(RecommendationThemes r) {
    return "themes-" + r.id();
  }

  /**
   * One theme a recommendation may be given: its checkbox's id, the words beside it, and the
   * phrases of the recommendation that suggest it (empty when none does).
   */
  public record ThemeChoice(String id, long themeId, String label, List<String> matched) {

    /** "“speech”, “language”" */
    public String suggestedBy() {
      return matched.stream().map(p -> "“" + p + "”").collect(Collectors.joining(", "));
    }
  }

  /** Suggested themes first, then the others by name; a retired theme only where confirmed. */
  private static List<ThemeChoice> choices(
      RecommendationThemes r, List<InspectionThemesView.ThemeRef> available) {
    Map<Long, Suggested> suggested = new LinkedHashMap<>();
    r.suggested().forEach(s -> suggested.put(s.id(), s));
    Map<Long, InspectionThemesView.ThemeRef> all = new LinkedHashMap<>();
    available.forEach(t -> all.put(t.id(), t));
    r.confirmed()
        .forEach(
            t ->
                all.putIfAbsent(
                    t.id(),
                    new InspectionThemesView.ThemeRef(t.id(), t.code(), t.name(), t.retired())));
    Set<Long> seen = new LinkedHashSet<>();
    return all.values().stream()
        .filter(t -> seen.add(t.id()))
        .sorted(
            Comparator.comparing(
                    (InspectionThemesView.ThemeRef t) -> !suggested.containsKey(t.id()))
                .thenComparing(InspectionThemesView.ThemeRef::name, String.CASE_INSENSITIVE_ORDER))
        .map(
            t ->
                new ThemeChoice(
                    "rec" + r.number() + "-" + t.code(),
                    t.id(),
                    t.retired() ? t.name() + " (retired)" : t.name(),
                    suggested.containsKey(t.id()) ? suggested.get(t.id()).matched() : List.of()))
        .toList();
  }
}
