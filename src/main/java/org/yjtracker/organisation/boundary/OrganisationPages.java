package org.yjtracker.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
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
 * The organisations directory as pages: a list filtered by a plain GET form and paged, one
 * organisation with how it is linked, and the form to add or change one. The directory decides who
 * may change what, as it does for the API; the pages only leave out the buttons it would refuse.
 */
@ApplicationScoped
public class OrganisationPages implements PageRoutes {

  static final int PAGE_SIZE = 25;

  /** Who may change the directory at all (the directory checks which organisations). */
  private static final Role[] WRITERS = {
    Role.INSPECTORATE_ADMIN, Role.INSPECTOR, Role.SERVICE_LEAD
  };

  @Inject OrganisationDirectory directory;

  @Override
  public void register(Routes routes) {
    routes
        .get("/organisations", Section.ORGANISATIONS, this::list)
        .get("/organisations/new", Section.ORGANISATIONS, this::blank, WRITERS)
        .post("/organisations", Section.ORGANISATIONS, this::add, WRITERS)
        .get("/organisations/{id}", Section.ORGANISATIONS, this::organisation)
        .get("/organisations/{id}/edit", Section.ORGANISATIONS, this::edit, WRITERS)
        .post("/organisations/{id}", Section.ORGANISATIONS, this::change, WRITERS);
  }

  PageResult list(PageContext request) {
    OrganisationKind kind = named(OrganisationKind.values(), request.param("kind"));
    Region region = named(Region.values(), request.param("region"));
    String text = request.param("q");
    text = text.length() > 200 ? text.substring(0, 200) : text;
    int page = request.positive("page", 1);
    ResultPage<OrganisationView> found =
        directory.search(
            request.caller(),
            new OrganisationQuery(
                kind == null ? null : Set.of(kind),
                region,
                text.isEmpty() ? null : text,
                null,
                new PageRequest(page, PAGE_SIZE)));
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("q", text);
    filters.put("kind", kind == null ? "" : kind.name());
    filters.put("region", region == null ? "" : region.name());
    List<Choice> kinds = new ArrayList<>(List.of(new Choice("", "Any kind")));
    Arrays.stream(OrganisationKind.values())
        .forEach(k -> kinds.add(new Choice(k.name(), k.label())));
    List<Choice> regions = new ArrayList<>(List.of(new Choice("", "Any region")));
    Arrays.stream(Region.values()).forEach(r -> regions.add(new Choice(r.name(), r.label())));
    return PageResult.view("organisation/list", "Organisations")
        .with("form", Form.of(filters))
        .with("kinds", kinds)
        .with("regions", regions)
        .with("mayAdd", request.caller().hasAnyRole(WRITERS))
        .with("organisations", found.items())
        .with("pager", Pager.of("/organisations", filters, page, PAGE_SIZE, found.total()));
  }

  PageResult organisation(PageContext request) {
    OrganisationView organisation = directory.find(request.caller(), request.id());
    return PageResult.view("organisation/organisation", organisation.name())
        .with("organisation", organisation)
        .with("mayChange", directory.mayChange(request.caller(), organisation))
        .with("mayReadHistory", request.caller().hasAnyRole(Role.INSPECTORATE_ADMIN));
  }

  PageResult blank(PageContext request) {
    return form(request, null, Form.of(Map.of()));
  }

  PageResult add(PageContext request) {
    Form form = request.form();
    try {
      OrganisationView added = directory.create(request.caller(), input(form, null));
      return PageResult.redirect("/organisations/" + added.id(), added.name() + " has been added");
    } catch (RuntimeException e) {
      return form(request, null, form.withErrors(FormErrors.from(e)));
    }
  }

  PageResult edit(PageContext request) {
    OrganisationView organisation = changeable(request);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", organisation.name());
    fields.put("kind", organisation.kind().name());
    fields.put("region", organisation.region().name());
    fields.put("boardOfId", organisation.boardOf() == null ? null : organisation.boardOf().id());
    fields.put("servesIds", organisation.serves().stream().map(OrganisationRef::id).toList());
    fields.put("version", organisation.version());
    return form(request, organisation, Form.of(fields));
  }

  PageResult change(PageContext request) {
    OrganisationView organisation = changeable(request);
    Form form = request.form();
    try {
      OrganisationView changed =
          directory.update(request.caller(), organisation.id(), input(form, organisation));
      return PageResult.redirect(
          "/organisations/" + changed.id(), changed.name() + " has been changed");
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      if (errors.stream().anyMatch(error -> "version".equals(error.field()))) {
        // Someone saved first: what they saved is on the organisation's page; saving again
        // replaces it with what this form holds.
        OrganisationView current = directory.find(request.caller(), organisation.id());
        return form(
            request,
            current,
            form.with("version", current.version())
                .withErrors(
                    List.of(
                        new FieldError(
                            "version",
                            "Someone else changed this organisation while you were editing it."
                                + " Check the details below and save again to keep yours."))));
      }
      return form(request, organisation, form.withErrors(errors));
    }
  }

  /** The organisation, if the caller may change it (the directory would refuse the save). */
  private OrganisationView changeable(PageContext request) {
    OrganisationView organisation = directory.find(request.caller(), request.id());
    if (!directory.mayChange(request.caller(), organisation)) {
      throw new ForbiddenException("You can only change organisations of your own services.");
    }
    return organisation;
  }

  /**
   * What the form says, as the API takes it. The board's service is sent only for a board and the
   * services served only for a partner: a person without script sees both questions.
   */
  private static OrganisationInput input(Form form, OrganisationView current) {
    String kindName = form.value("kind");
    OrganisationKind kind = named(OrganisationKind.values(), kindName);
    Long boardOfId = null;
    List<Long> servesIds = List.of();
    if (kind == OrganisationKind.MANAGEMENT_BOARD) {
      boardOfId = id(form.value("boardOfId"));
    } else if (kind != null && kind.isPartner()) {
      servesIds =
          form.values("servesIds").stream()
              .map(OrganisationPages::id)
              .filter(java.util.Objects::nonNull)
              .toList();
    }
    String version = form.value("version");
    return new OrganisationInput(
        kindName.isBlank() ? null : kindName,
        form.value("name").strip(),
        form.value("region").isBlank() ? null : form.value("region"),
        boardOfId,
        servesIds,
        current == null ? null : Form.wholeOf(version));
  }

  private PageResult form(PageContext request, OrganisationView organisation, Form form) {
    form.anchor("kind", "kind").anchor("servesIds", "servesIds").anchor("version", "name");
    boolean mayAddServices = directory.mayAddServices(request.caller());
    List<Choice> kinds = new ArrayList<>();
    for (OrganisationKind k : OrganisationKind.values()) {
      boolean already = organisation != null && organisation.kind() == OrganisationKind.YJS;
      if (k != OrganisationKind.YJS || mayAddServices || already) {
        kinds.add(new Choice(k.name(), k.label()));
      }
    }
    List<Choice> regions = new ArrayList<>(List.of(new Choice("", "Choose a region")));
    Arrays.stream(Region.values()).forEach(r -> regions.add(new Choice(r.name(), r.label())));
    Map<Long, OrganisationRef> known = new LinkedHashMap<>();
    directory.services(request.caller()).forEach(s -> known.put(s.id(), s));
    if (organisation != null) {
      organisation.serves().forEach(s -> known.putIfAbsent(s.id(), s));
      if (organisation.boardOf() != null) {
        known.putIfAbsent(organisation.boardOf().id(), organisation.boardOf());
      }
    }
    List<OrganisationRef> services =
        known.values().stream().sorted(Comparator.comparing(OrganisationRef::name)).toList();
    List<Choice> boardChoices = new ArrayList<>(List.of(new Choice("", "Choose a service")));
    List<Choice> serveChoices = new ArrayList<>();
    services.forEach(
        s -> {
          boardChoices.add(new Choice(String.valueOf(s.id()), s.name()));
          serveChoices.add(new Choice(String.valueOf(s.id()), s.name()));
        });
    boolean editing = organisation != null;
    return PageResult.view(
            "organisation/form", editing ? "Change an organisation" : "Add an organisation")
        .form(form)
        .with("organisation", organisation)
        .with("kinds", kinds)
        .with("regions", regions)
        .with("boards", boardChoices)
        .with("services", serveChoices)
        .with("target", editing ? "/organisations/" + organisation.id() : "/organisations")
        .with("back", editing ? "/organisations/" + organisation.id() : "/organisations");
  }

  private static Long id(String value) {
    return value != null && value.matches("[1-9][0-9]{0,17}") ? Long.parseLong(value) : null;
  }

  private static <E extends Enum<E>> E named(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
