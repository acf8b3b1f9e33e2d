package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Role;
import org.yjtracker.framework.boundary.FrameworkCatalogue;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationQuery;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.boundary.OrganisationView;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Display;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Recording an inspection as its report publishes it, and changing one: the form asks for what the
 * chosen framework rates (its standards and key questions come from the framework's data). The
 * form's buttons do everything without script: show the framework's standards, add or remove a
 * recommendation, check the ratings against the framework's rules (the same rules as the API's
 * assessment) and save through the same facade as the API.
 */
@ApplicationScoped
public class InspectionFormPages implements PageRoutes {

  private static final Role[] STAFF = {Role.INSPECTORATE_ADMIN, Role.INSPECTOR};
  private static final List<String> ROW_PARTS =
      List.of("id", "number", "heading", "text", "ownerKinds", "ownerIds", "standards");

  @Inject InspectionRecords records;
  @Inject FrameworkCatalogue frameworks;
  @Inject OrganisationDirectory directory;
  @Inject jakarta.validation.Validator validator;

  @Override
  public void register(Routes routes) {
    routes
        .get("/inspections/new", Section.INSPECTIONS, this::blank, STAFF)
        .post("/inspections/new", Section.INSPECTIONS, this::submitNew, STAFF)
        .get("/inspections/{id}/edit", Section.INSPECTIONS, this::edit, STAFF)
        .post("/inspections/{id}/edit", Section.INSPECTIONS, this::submitEdit, STAFF);
  }

  PageResult blank(PageContext request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    String service = request.param("serviceId");
    if (directory.services(request.caller()).stream()
        .anyMatch(s -> String.valueOf(s.id()).equals(service))) {
      fields.put("serviceId", service);
    }
    FrameworkView framework = known(request.param("framework"));
    if (framework != null) {
      fields.put("framework", framework.code());
      if (framework.kinds().size() == 1) {
        fields.put("kind", framework.kinds().get(0).kind());
      }
    }
    fields.put("recommendationCount", 1);
    fields.put(InspectionFormFields.row(0, "number"), 1);
    return form(request, Form.of(fields), framework, null, null, false);
  }

  PageResult edit(PageContext request) {
    InspectionView inspection = changeable(request);
    FrameworkView framework =
        ratedIn(known(inspection.framework().code()), inspection.kind().name());
    return form(
        request, Form.of(InspectionFormFields.of(inspection)), framework, inspection, null, true);
  }

  PageResult submitNew(PageContext request) {
    return submit(request, null);
  }

  PageResult submitEdit(PageContext request) {
    return submit(request, changeable(request));
  }

  /** What the pressed button asks for; Enter in a field saves. */
  private PageResult submit(PageContext request, InspectionView editing) {
    Map<String, String[]> fields = new LinkedHashMap<>(request.http().getParameterMap());
    fields.remove(CsrfTokens.FORM_FIELD);
    String action = first(fields.remove("action"));
    Form form = Form.submitted(fields);
    FrameworkView framework = known(form.value("framework"));
    if (action.equals("framework")) {
      if (framework != null && framework.kinds().size() == 1) {
        fields.put("kind", new String[] {framework.kinds().get(0).kind()});
      }
      return form(
          request,
          numbered(fields, form),
          ratedIn(framework, fields.containsKey("kind") ? first(fields.get("kind")) : null),
          editing,
          null,
          false);
    }
    framework = ratedIn(framework, form.value("kind"));
    if (action.equals("add-recommendation")) {
      return form(request, addRow(fields, form), framework, editing, null, false);
    }
    if (action.matches("remove-[0-9]{1,3}")) {
      return form(
          request,
          removeRow(fields, form, Integer.parseInt(action.substring(7))),
          framework,
          editing,
          null,
          false);
    }
    if (action.equals("check")) {
      return form(request, form, framework, editing, null, true);
    }
    return save(request, form, framework, editing);
  }

  private PageResult save(
      PageContext request, Form form, FrameworkView framework, InspectionView editing) {
    List<FieldError> errors = new ArrayList<>();
    var read = InspectionFormFields.read(form, framework, errors);
    List<FieldError> found = new ArrayList<>();
    InspectionView conflict = null;
    if (!errors.isEmpty()) {
      found.addAll(FormErrors.violations(validator, read.input()));
    } else {
      try {
        InspectionView saved =
            editing == null
                ? records.create(request.caller(), read.input())
                : records.update(request.caller(), editing.id(), read.input());
        return PageResult.redirect("/inspections/" + saved.id(), saved(saved, editing == null));
      } catch (RuntimeException e) {
        found.addAll(FormErrors.from(e));
        if (editing != null
            && Problems.of(e).status() == 409
            && found.stream().anyMatch(f -> "version".equals(f.field()))) {
          conflict = records.find(request.caller(), editing.id());
          form = mine(form, conflict);
        }
      }
    }
    // A field the page could not read is said once, in the page's words, not again as missing.
    var unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    for (FieldError e : found) {
      FieldError shown = InspectionFormFields.onForm(e, read, framework, form);
      if (shown.field() == null || !unreadable.contains(shown.field())) {
        errors.add(shown);
      }
    }
    return form(request, form.withErrors(errors), framework, editing, conflict, true);
  }

  private static String saved(InspectionView saved, boolean created) {
    String what =
        "The inspection of "
            + saved.service().name()
            + (saved.published() == null
                ? ""
                : " published " + Display.published(saved.published()));
    return created ? what + " has been saved as a draft" : what + " has been changed";
  }

  /** The inspection to change: a published one only by an inspectorate admin. */
  private InspectionView changeable(PageContext request) {
    InspectionView inspection = records.find(request.caller(), request.id());
    if (inspection.status() == InspectionStatus.PUBLISHED
        && !request.caller().hasAnyRole(Role.INSPECTORATE_ADMIN)) {
      throw new ForbiddenException(
          "This inspection is published; only an inspectorate admin may correct it.");
    }
    return inspection;
  }

  /**
   * The form to save again over a change made meanwhile: at the version now stored, and the
   * recommendations the other change removed are added again as new ones.
   */
  private static Form mine(Form form, InspectionView current) {
    var kept =
        current.recommendations().stream()
            .map(r -> String.valueOf(r.id()))
            .collect(Collectors.toSet());
    Form mine = form.with("version", current.version());
    for (int i = 0; i < InspectionFormFields.rows(form); i++) {
      String id = InspectionFormFields.row(i, "id");
      if (!kept.contains(form.value(id))) {
        mine = mine.with(id, null);
      }
    }
    return mine;
  }

  /** Rows shown for the first time (the framework was just chosen) are numbered in order. */
  private static Form numbered(Map<String, String[]> fields, Form form) {
    for (int i = 0; i < InspectionFormFields.rows(form); i++) {
      String number = InspectionFormFields.row(i, "number");
      if (form.value(number).isBlank()) {
        fields.put(number, new String[] {String.valueOf(i + 1)});
      }
    }
    return Form.submitted(fields);
  }

  /** One more blank recommendation, numbered after the last. */
  private static Form addRow(Map<String, String[]> fields, Form form) {
    int rows = InspectionFormFields.rows(form);
    if (rows >= InspectionFormFields.MAX_ROWS) {
      return form;
    }
    int next = 1;
    for (int i = 0; i < rows; i++) {
      String number = form.value(InspectionFormFields.row(i, "number")).strip();
      if (number.matches("[0-9]{1,3}")) {
        next = Math.max(next, Integer.parseInt(number) + 1);
      }
    }
    for (String part : ROW_PARTS) {
      fields.remove(InspectionFormFields.row(rows, part));
    }
    fields.put(InspectionFormFields.row(rows, "number"), new String[] {String.valueOf(next)});
    fields.put("recommendationCount", new String[] {String.valueOf(rows + 1)});
    return Form.submitted(fields);
  }

  /** The rows after the one removed move up one. */
  private static Form removeRow(Map<String, String[]> fields, Form form, int removed) {
    int rows = InspectionFormFields.rows(form);
    if (removed >= rows) {
      return form;
    }
    for (int i = removed; i < rows; i++) {
      for (String part : ROW_PARTS) {
        String[] below = fields.remove(InspectionFormFields.row(i + 1, part));
        fields.remove(InspectionFormFields.row(i, part));
        if (below != null && i + 1 < rows) {
          fields.put(InspectionFormFields.row(i, part), below);
        }
      }
    }
    fields.put("recommendationCount", new String[] {String.valueOf(rows - 1)});
    return Form.submitted(fields);
  }

  private PageResult form(
      PageContext request,
      Form form,
      FrameworkView framework,
      InspectionView editing,
      InspectionView conflict,
      boolean checked) {
    form.anchor("fieldworkStart", "fieldworkStart-day")
        .anchor("published", "published-day")
        .anchor("version", "conflict")
        .anchor("recommendations", "add-recommendation");
    List<OrganisationRef> visible = directory.services(request.caller());
    List<Choice> services = new ArrayList<>(List.of(new Choice("", "Choose a service")));
    visible.forEach(s -> services.add(new Choice(String.valueOf(s.id()), s.name())));
    if (editing != null && visible.stream().noneMatch(s -> s.id() == editing.service().id())) {
      services.add(new Choice(String.valueOf(editing.service().id()), editing.service().name()));
    }
    List<Choice> frameworkChoices =
        frameworks.all().stream()
            .map(
                f ->
                    new Choice(
                        f.code(),
                        f.name(),
                        f.appliesUntil() == null
                            ? "Used from " + f.appliesFrom()
                            : "Used from " + f.appliesFrom() + " to " + f.appliesUntil()))
            .toList();
    List<Choice> kinds =
        framework == null
            ? Arrays.stream(InspectionKind.values())
                .map(k -> new Choice(k.name(), k.label()))
                .toList()
            : framework.kinds().stream()
                .map(
                    k ->
                        new Choice(
                            k.kind(),
                            k.label(),
                            k.ratedAreas() == null ? null : "Rates " + k.ratedAreas() + " areas"))
                .toList();
    List<Choice> ownerKinds =
        Arrays.stream(OrganisationKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    Assessment assessment = null;
    if (framework != null) {
      try {
        assessment =
            records.assess(InspectionFormFields.read(form, framework, new ArrayList<>()).input());
      } catch (RuntimeException e) {
        assessment = null; // the figures are not yet readable: the panel says "Not yet"
      }
    }
    var view =
        new InspectionFormView(
            framework,
            frameworkChoices,
            services,
            kinds,
            ownerKinds,
            owners(request, form, visible, editing),
            InspectionFormFields.rows(form),
            assessment,
            checked,
            editing,
            conflict,
            editing == null ? "/inspections/new" : "/inspections/" + editing.id() + "/edit",
            editing == null ? "/inspections" : "/inspections/" + editing.id());
    String title =
        editing == null
            ? "Record an inspection"
            : view.published() ? "Correct a published inspection" : "Change an inspection";
    var page =
        PageResult.view("inspection/form", title)
            .form(form)
            .with("view", view)
            .script("inspection-assessment");
    return conflict == null ? page : page.status(409);
  }

  /** The framework with only the standards an inspection of the kind rates, once it is chosen. */
  private static FrameworkView ratedIn(FrameworkView framework, String kind) {
    return framework == null ? null : framework.forKind(kind);
  }

  /**
   * The organisations a recommendation may name: the chosen service, its board and its partners,
   * and any the inspection already names.
   */
  private List<Choice> owners(
      PageContext request, Form form, List<OrganisationRef> visible, InspectionView editing) {
    Map<Long, Choice> owners = new LinkedHashMap<>();
    String service = form.value("serviceId");
    boolean known = visible.stream().anyMatch(s -> String.valueOf(s.id()).equals(service));
    if (known) {
      for (OrganisationView o :
          directory
              .search(
                  request.caller(),
                  new OrganisationQuery(
                      null,
                      null,
                      null,
                      Long.parseLong(service),
                      new PageRequest(1, PageRequest.MAX_SIZE)))
              .items()) {
        owners.put(o.id(), owner(o.id(), o.name(), o.kind()));
      }
    }
    if (editing != null) {
      editing.recommendations().stream()
          .flatMap(r -> r.owners().stream())
          .forEach(o -> owners.putIfAbsent(o.id(), owner(o.id(), o.name(), o.kind())));
    }
    return List.copyOf(owners.values());
  }

  /** An organisation to choose, with its kind (the group's hint says what the list is). */
  private static Choice owner(long id, String name, OrganisationKind kind) {
    return new Choice(String.valueOf(id), name + " (" + kind.label().toLowerCase() + ")");
  }

  private FrameworkView known(String code) {
    return frameworks.all().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
  }
}
