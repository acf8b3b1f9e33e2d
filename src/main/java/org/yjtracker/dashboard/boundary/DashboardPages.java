package org.yjtracker.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.yjtracker.access.entity.Role;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.framework.boundary.FrameworkCatalogue;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.theme.boundary.ThemeCatalogue;
import org.yjtracker.theme.boundary.ThemeView;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.Pager;
import org.yjtracker.web.entity.Section;

/**
 * The dashboards as pages: the national table (the inspectorate's), filtered by a plain GET form,
 * sorted by links in its column headings and paged, read from the dashboard's own table; and one
 * service's dashboard. A filter or sort the page does not know is no filter (a hand-edited address
 * still shows the table).
 */
@ApplicationScoped
public class DashboardPages implements PageRoutes {

  static final int PAGE_SIZE = 25;

  @Inject NationalDashboard national;
  @Inject ServiceDashboards services;
  @Inject FrameworkCatalogue frameworks;
  @Inject ThemeCatalogue themes;

  @Override
  public void register(Routes routes) {
    routes
        .get(
            "/dashboard",
            Section.DASHBOARD,
            this::national,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .get("/services/{id}/dashboard", Section.INSPECTIONS, this::service);
  }

  PageResult national(PageContext request) {
    List<FrameworkView> knownFrameworks = frameworks.all();
    List<ThemeView> knownThemes = themes.all(request.caller());
    Region region = named(Region.values(), request.param("region"));
    Rating overall = named(Rating.values(), request.param("overall"));
    if (overall != null && !overall.isRated()) {
      overall = null;
    }
    String framework = pick(knownFrameworks, FrameworkView::code, request.param("framework"));
    InspectionKind kind = named(InspectionKind.values(), request.param("kind"));
    OrganisationKind ownerKind = named(OrganisationKind.values(), request.param("ownerKind"));
    String theme = pick(knownThemes, ThemeView::code, request.param("theme"));
    String text = request.param("q");
    boolean late = request.param("late").equals("true");
    NationalSort sort;
    try {
      sort = NationalSort.parse(request.param("sort"));
    } catch (InvalidInputException unknown) {
      sort = NationalSort.DEFAULT;
    }
    int page = request.positive("page", 1);
    NationalView view =
        national.page(
            request.caller(),
            new NationalFilter(
                region,
                overall,
                framework,
                kind,
                ownerKind,
                theme,
                Like.containing(text.isEmpty() ? null : text),
                late ? Boolean.TRUE : null),
            sort,
            new PageRequest(page, PAGE_SIZE));

    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("region", region == null ? "" : region.name());
    filters.put("overall", overall == null ? "" : overall.name());
    filters.put("framework", framework == null ? "" : framework);
    filters.put("kind", kind == null ? "" : kind.name());
    filters.put("ownerKind", ownerKind == null ? "" : ownerKind.name());
    filters.put("theme", theme == null ? "" : theme);
    filters.put("q", text);
    filters.put("late", late ? "true" : "");
    Map<String, String> sorted = new LinkedHashMap<>(filters);
    sorted.put("sort", sort.equals(NationalSort.DEFAULT) ? "" : sort.param());

    List<Choice> regionChoices =
        choices("Any region", Arrays.asList(Region.values()), Region::name, Region::label);
    List<Choice> ratingChoices =
        choices(
            "Any rating",
            Arrays.stream(Rating.values()).filter(Rating::isRated).toList(),
            Rating::name,
            Rating::label);
    List<Choice> frameworkChoices =
        choices("Any framework", knownFrameworks, FrameworkView::code, FrameworkView::name);
    List<Choice> inspectionKindChoices =
        choices(
            "Any kind",
            Arrays.asList(InspectionKind.values()),
            InspectionKind::name,
            InspectionKind::label);
    List<Choice> kindChoices =
        choices(
            "Anyone",
            Arrays.asList(OrganisationKind.values()),
            OrganisationKind::name,
            OrganisationKind::label);
    List<Choice> themeChoices =
        choices(
            "Any theme",
            knownThemes.stream().filter(t -> !t.retired() || t.code().equals(theme)).toList(),
            ThemeView::code,
            ThemeView::name);

    Map<String, String> form = new LinkedHashMap<>(filters);
    form.put("sort", sorted.get("sort"));
    return PageResult.view("dashboard/national", "National dashboard")
        .script("dashboard-charts")
        .with("form", Form.of(form))
        .with("regions", regionChoices)
        .with("ratings", ratingChoices)
        .with("frameworks", frameworkChoices)
        .with("inspectionKinds", inspectionKindChoices)
        .with("kinds", kindChoices)
        .with("themes", themeChoices)
        .with("sorts", sortChoices())
        .with("view", view)
        .with("columns", columns(sorted, sort))
        .with("ratingLinks", ratingLinks(sorted))
        .with("exportCsv", exportHref(sorted, "csv"))
        .with("exportXlsx", exportHref(sorted, "xlsx"))
        .with("pager", Pager.of("/dashboard", sorted, page, PAGE_SIZE, view.rows().total()));
  }

  PageResult service(PageContext request) {
    ServiceDashboardView view = services.of(request.caller(), request.id());
    return PageResult.view("dashboard/service", view.service() + " dashboard")
        .script("dashboard-charts")
        .with("view", view);
  }

  /** "1,045": a count as people read it. */
  public static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** "1 day", "1,045 days". */
  public static String days(long n) {
    return number(n) + (n == 1 ? " day" : " days");
  }

  /**
   * One sortable column of the national table: its heading, the words only a screen reader needs,
   * whether it holds numbers, how it is sorted now (aria-sort) and the address that sorts by it
   * (ascending first, the other way when it already is).
   */
  public record Column(
      String key, String heading, String hidden, boolean numeric, String ariaSort, String href) {

    public boolean sorted() {
      return !ariaSort.equals("none");
    }
  }

  private static List<Column> columns(Map<String, String> filters, NationalSort current) {
    List<Column> columns = new ArrayList<>();
    for (NationalSort.Key key : NationalSort.Key.values()) {
      boolean isCurrent = key == current.key();
      NationalSort next = new NationalSort(key, isCurrent && !current.descending());
      Map<String, String> query = new LinkedHashMap<>(filters);
      query.put("sort", next.equals(NationalSort.DEFAULT) ? "" : next.param());
      columns.add(
          new Column(
              key.param(),
              heading(key),
              hidden(key),
              numeric(key),
              isCurrent ? (current.descending() ? "descending" : "ascending") : "none",
              new Pager("/dashboard", query, 1, 1, 0).href(1)));
    }
    return columns;
  }

  /** "Sort by" in the filter form: every column both ways, in words. */
  private static List<Choice> sortChoices() {
    List<Choice> choices = new ArrayList<>();
    for (NationalSort.Key key : NationalSort.Key.values()) {
      String[] ways = ways(key);
      for (boolean descending : new boolean[] {false, true}) {
        NationalSort sort = new NationalSort(key, descending);
        choices.add(
            new Choice(
                sort.equals(NationalSort.DEFAULT) ? "" : sort.param(),
                named(key) + ", " + ways[descending ? 1 : 0]));
      }
    }
    return choices;
  }

  private static String named(NationalSort.Key key) {
    return switch (key) {
      case SERVICE -> "Service name";
      case PLAN_STAGE -> "Plan";
      case OPEN_RECOMMENDATIONS -> "Open recommendations";
      case IMPLEMENTED_RECOMMENDATIONS -> "Implemented recommendations";
      case OVERDUE_ACTIONS -> "Overdue actions";
      case STALE_ACTIONS -> "Actions gone quiet";
      default -> heading(key);
    };
  }

  /** Ascending and descending, as the column's values read. */
  private static String[] ways(NationalSort.Key key) {
    return switch (key) {
      case SERVICE, REGION, FRAMEWORK -> new String[] {"A to Z", "Z to A"};
      case PUBLISHED -> new String[] {"oldest first", "newest first"};
      case OVERALL -> new String[] {"weakest first", "strongest first"};
      case SCORE -> new String[] {"lowest first", "highest first"};
      case PLAN_STAGE -> new String[] {"not started first", "closed first"};
      default -> new String[] {"fewest first", "most first"};
    };
  }

  private static String heading(NationalSort.Key key) {
    return switch (key) {
      case SERVICE -> "Service";
      case REGION -> "Region";
      case FRAMEWORK -> "Framework";
      case PUBLISHED -> "Published";
      case OVERALL -> "Overall rating";
      case SCORE -> "Score";
      case PLAN_STAGE -> "Plan";
      case DAYS_LATE -> "Days late";
      case OPEN_RECOMMENDATIONS -> "Open";
      case IMPLEMENTED_RECOMMENDATIONS -> "Implemented";
      case OVERDUE_ACTIONS -> "Overdue";
      case STALE_ACTIONS -> "Gone quiet";
    };
  }

  private static String hidden(NationalSort.Key key) {
    return switch (key) {
      case OPEN_RECOMMENDATIONS, IMPLEMENTED_RECOMMENDATIONS -> " recommendations";
      case OVERDUE_ACTIONS, STALE_ACTIONS -> " actions";
      default -> "";
    };
  }

  private static boolean numeric(NationalSort.Key key) {
    return switch (key) {
      case SCORE,
          DAYS_LATE,
          OPEN_RECOMMENDATIONS,
          IMPLEMENTED_RECOMMENDATIONS,
          OVERDUE_ACTIONS,
          STALE_ACTIONS ->
          true;
      default -> false;
    };
  }

  /** Each rated overall rating's count leads to the table narrowed to that rating. */
  private static Map<Rating, String> ratingLinks(Map<String, String> filters) {
    Map<Rating, String> links = new LinkedHashMap<>();
    for (Rating rating : Rating.values()) {
      if (rating.isRated()) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("overall", rating.name());
        links.put(rating, new Pager("/dashboard", query, 1, 1, 0).href(1));
      }
    }
    return links;
  }

  private static String exportHref(Map<String, String> filters, String format) {
    Map<String, String> query = new LinkedHashMap<>(filters);
    query.put("format", format);
    return new Pager("/api/dashboard/export", query, 1, 1, 0).href(1);
  }

  private static <T> List<Choice> choices(
      String any, List<T> values, Function<T, String> value, Function<T, String> label) {
    List<Choice> choices = new ArrayList<>(List.of(new Choice("", any)));
    values.forEach(v -> choices.add(new Choice(value.apply(v), label.apply(v))));
    return choices;
  }

  private static <T> String pick(List<T> known, Function<T, String> code, String wanted) {
    return known.stream().map(code).filter(c -> c.equals(wanted)).findFirst().orElse(null);
  }

  private static <E extends Enum<E>> E named(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
