package org.yjtracker.reportimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.NotFoundException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.framework.boundary.FrameworkCatalogue;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.inspection.boundary.InspectionView;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.reportimport.boundary.ImportReview.DomainBlock;
import org.yjtracker.reportimport.boundary.ImportReview.Proposal;
import org.yjtracker.reportimport.boundary.ImportReview.RowView;
import org.yjtracker.reportimport.control.DraftToInspection;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ReportKind;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Display;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;

/**
 * The review of a draft: warnings first, every value in a field with the line it was read from, the
 * service and each recommendation's owners, and one form with "Save corrections" and "Confirm and
 * record the inspection". Saving goes through the same facade as {@code PUT /api/imports/{id}} and
 * confirming as {@code POST /api/imports/{id}/confirm} (saving the corrections first). "Add a
 * recommendation" and "Remove" show the form again as typed, saving nothing.
 */
@ApplicationScoped
public class ReviewPage {

  /** Owners chosen before a save, kept in the session to show again after it. */
  static final String KEPT_OWNERS = "tracker.import.owners.";

  static final List<Framework> FRAMEWORKS =
      List.of(Framework.HMIP_YJ_2025, Framework.HMIP_YJ_2018, Framework.HMIP_SQS_2012);

  @Inject ReportImports imports;
  @Inject FrameworkCatalogue frameworks;
  @Inject OrganisationDirectory directory;

  PageResult show(PageContext request) {
    long id = request.id();
    Caller caller = request.caller();
    List<OrganisationRef> services = directory.services(caller);
    Long wanted = known(services, Form.wholeOf(request.param("serviceId")));
    JsonObject json = imports.find(caller, id, wanted);
    if (!"DRAFT".equals(json.getString("status"))) {
      return recorded(json);
    }
    ParsedReport draft = draftOf(json);
    Long shown = wanted != null ? wanted : known(services, matched(json));
    if (shown != null && !shown.equals(wanted)) {
      json = imports.find(caller, id, shown);
    }
    Map<String, Object> fields = DraftForm.fields(draft, version(json), shown);
    String framework = draft.framework() == null ? "" : draft.framework().name();
    List<DraftForm.Row> rows = DraftForm.rows(draft);
    ImportReview review =
        review(
            json,
            draft,
            services,
            shown,
            framework,
            rows,
            code ->
                DraftForm.orEmpty(draft.keyQuestionsPercentYes())
                    .getOrDefault(code, List.of())
                    .size(),
            code ->
                DraftForm.orEmpty(draft.professionalDiscretion()).stream()
                    .anyMatch(p -> code.equals(p.standard())),
            DraftForm.codes(draft));
    ReviewBlocks.defaultOwners(fields, review);
    keptOwners(request, id, shown, fields);
    return page(review, Form.of(fields), null, null);
  }

  PageResult submit(PageContext request) {
    long id = request.id();
    Caller caller = request.caller();
    Map<String, List<String>> params = params(request);
    String intent = request.param("intent");
    List<OrganisationRef> services = directory.services(caller);
    Long suggestedFor = known(services, Form.wholeOf(first(params, "suggestedFor")));
    JsonObject json = imports.find(caller, id, suggestedFor);
    if (!"DRAFT".equals(json.getString("status"))) {
      return PageResult.redirect("/imports/" + id);
    }
    if (intent.equals("add-recommendation")) {
      int n = DraftForm.rows(params.keySet(), Form.submitted(array(params))).size();
      if (n < DraftForm.MAX_RECOMMENDATIONS) {
        params.put(DraftForm.rec(n, "number"), List.of(String.valueOf(nextNumber(params, n))));
        params.put(DraftForm.rec(n, "read"), List.of(""));
      }
      return again(json, services, suggestedFor, params, List.of(), null, null);
    }
    if (intent.matches("remove-[0-9]{1,3}")) {
      params = without(params, Integer.parseInt(intent.substring("remove-".length())));
      return again(json, services, suggestedFor, params, List.of(), null, null);
    }
    boolean confirming = intent.equals("confirm");
    ParsedReport stored = draftOf(json);
    Form form = Form.submitted(array(params));
    List<DraftForm.Row> rows = DraftForm.rows(params.keySet(), form);
    ImportReview review = formReview(json, stored, services, suggestedFor, params, form, rows);
    FrameworkView fw = framework(form.value("framework"));
    DraftForm.Read read =
        DraftForm.read(
            form,
            params.keySet(),
            stored,
            rows,
            review.rows().stream()
                .map(r -> r.proposals().stream().map(Proposal::kind).toList())
                .toList(),
            review.rated(),
            review.scored(),
            fw == null ? null : ReviewBlocks.codes(fw),
            fw == null ? null : fw.name(),
            confirming);
    if (!read.errors().isEmpty()) {
      return page(review, form.withErrors(read.errors()), null, null);
    }
    String version = form.value("version");
    ParsedReport sent = read.draft();
    boolean changed = !sent.equals(stored);
    try {
      if (changed) {
        JsonObject saved = imports.correct(caller, id, body(sent, version));
        version = String.valueOf(saved.getJsonNumber("version").longValue());
        params.put("version", List.of(version));
      }
      String here =
          "/imports/" + id + (read.serviceId() == null ? "" : "?serviceId=" + read.serviceId());
      if (!confirming) {
        if (Objects.equals(read.serviceId(), suggestedFor)) {
          keepOwners(request, id, read.serviceId(), params);
        }
        return PageResult.redirect(
            here, changed ? "Your corrections have been saved" : "There were no changes to save");
      }
      if (!Objects.equals(read.serviceId(), suggestedFor)) {
        return PageResult.redirect(
            here + "#recommendations",
            (changed ? "Your corrections have been saved. " : "")
                + "Check who owns each recommendation for the service you chose, then confirm.");
      }
      var confirmation = new ImportConfirmation();
      confirmation.serviceId = read.serviceId();
      confirmation.version = Form.wholeOf(version);
      confirmation.owners = read.owners();
      InspectionView created = imports.confirm(caller, id, confirmation);
      HttpSession session = request.http().getSession(false);
      if (session != null) {
        session.removeAttribute(KEPT_OWNERS + id);
      }
      String service = created.service() == null ? "the service" : created.service().name();
      String published =
          created.published() == null ? "" : " published " + Display.published(created.published());
      return PageResult.redirect(
          "/inspections/" + created.id(),
          "The inspection of " + service + published + " has been recorded from the report");
    } catch (RuntimeException e) {
      Problem problem = Problems.of(e);
      List<FieldError> errors =
          FormErrors.from(e).stream().map(err -> DraftForm.place(err, sent, rows)).toList();
      String href = null;
      String text = null;
      JsonObject current = problem.current();
      if (problem.status() == 409 && current != null && current.containsKey("inspectionId")) {
        href = "/inspections/" + current.getJsonNumber("inspectionId").longValue();
        text = "View the inspection it is recorded as";
      } else if (problem.status() == 409
          && current != null
          && current.get("id") instanceof jakarta.json.JsonNumber n) {
        href = "/inspections/" + n.longValue();
        text = "View inspection " + n.longValue() + ", already recorded";
      } else if (problem.status() == 409
          && errors.stream().anyMatch(err -> err.field() == null)
          && problem.errors().stream().anyMatch(err -> "version".equals(err.field()))) {
        href = "/imports/" + id;
        text = "Reload the draft to see the changes (yours are not saved)";
      }
      JsonObject now = imports.find(caller, id, suggestedFor);
      if (!"DRAFT".equals(now.getString("status"))) {
        return PageResult.redirect("/imports/" + id);
      }
      return again(now, services, suggestedFor, params, errors, href, text);
    }
  }

  // -------------------------------------------------------------------------------------------

  private PageResult again(
      JsonObject json,
      List<OrganisationRef> services,
      Long suggestedFor,
      Map<String, List<String>> params,
      List<FieldError> errors,
      String href,
      String text) {
    Form form = Form.submitted(array(params));
    List<DraftForm.Row> rows = DraftForm.rows(params.keySet(), form);
    ImportReview review =
        formReview(json, draftOf(json), services, suggestedFor, params, form, rows);
    return page(review, form.withErrors(errors), href, text);
  }

  private ImportReview formReview(
      JsonObject json,
      ParsedReport stored,
      List<OrganisationRef> services,
      Long suggestedFor,
      Map<String, List<String>> params,
      Form form,
      List<DraftForm.Row> rows) {
    Set<String> names = params.keySet();
    Set<String> codes = DraftForm.codes(names);
    return review(
        json,
        stored,
        services,
        suggestedFor,
        form.value("framework"),
        rows,
        code -> DraftForm.keyQuestions(names, code),
        code -> !form.value(DraftForm.std(code, "discretionFrom")).isEmpty(),
        codes);
  }

  private PageResult.View page(ImportReview review, Form form, String href, String text) {
    for (RowView row : review.rows()) {
      if (row.candidates().isEmpty() && !row.proposals().isEmpty()) {
        form.anchor(DraftForm.owners(row.index()), Form.idOf(DraftForm.create(row.index(), 0)));
      }
    }
    return PageResult.view("reportimport/review", "Check the imported report")
        .form(form)
        .with("review", review)
        .with("linkHref", href)
        .with("linkText", text);
  }

  private PageResult recorded(JsonObject json) {
    Long inspection =
        json.get("inspection_id") instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
    return PageResult.view("reportimport/recorded", "This report has been recorded")
        .with("inspectionId", inspection);
  }

  private ImportReview review(
      JsonObject json,
      ParsedReport draft,
      List<OrganisationRef> services,
      Long suggestedFor,
      String frameworkCode,
      List<DraftForm.Row> rows,
      ToIntFunction<String> keyQuestions,
      Predicate<String> discretion,
      Set<String> codes) {
    FrameworkView fw = framework(frameworkCode);
    boolean sqs = Framework.HMIP_SQS_2012.name().equals(frameworkCode);
    boolean rated = fw != null ? fw.rated() : !sqs;
    boolean scored =
        fw != null ? fw.scored() : !sqs && !Framework.HMIP_YJ_2025.name().equals(frameworkCode);
    Map<Integer, String> lines = new HashMap<>();
    JsonObject text = json.getJsonObject("source_text");
    if (text != null) {
      text.forEach(
          (line, value) -> {
            if (line.matches("[0-9]{1,9}") && value instanceof jakarta.json.JsonString s) {
              lines.put(Integer.valueOf(line), s.getString());
            }
          });
    }
    // A partial review to work out sources with; the full one is built below.
    ImportReview sources =
        new ImportReview(
            0, "", draft, lines, List.of(), List.of(), "", null, List.of(), rated, scored, false,
            List.of(), List.of(), List.of());
    List<DomainBlock> domains =
        rated ? ReviewBlocks.domains(sources, fw, codes, keyQuestions, discretion) : List.of();
    JsonObject match = json.getJsonObject("service_match");
    boolean exact = match != null && match.get("matched") instanceof JsonObject;
    List<OrganisationRef> namedLike = new ArrayList<>();
    if (match != null && !exact) {
      Set<Long> candidates = new TreeSet<>();
      match
          .getJsonArray("candidates")
          .forEach(c -> candidates.add(c.asJsonObject().getJsonNumber("id").longValue()));
      services.stream().filter(s -> candidates.contains(s.id())).forEach(namedLike::add);
    }
    List<OrganisationRef> others =
        services.stream().filter(s -> namedLike.stream().noneMatch(n -> n.id() == s.id())).toList();
    String named = draft.service() == null ? "the service" : "“" + draft.service() + "”";
    String hint =
        exact
            ? "Chosen because the directory has a service named "
                + named
                + ". Choose another if it is wrong."
            : !namedLike.isEmpty()
                ? "The directory has no service named "
                    + named
                    + ". Those named like "
                    + (draft.localAuthority() == null
                        ? "its local authority"
                        : draft.localAuthority())
                    + " come first."
                : "The directory has no service named "
                    + named
                    + ": choose the one the report is about.";
    List<Choice> frameworkChoices = new ArrayList<>();
    frameworkChoices.add(new Choice("", "Choose a framework"));
    for (Framework f : FRAMEWORKS) {
      FrameworkView known = framework(f.name());
      frameworkChoices.add(new Choice(f.name(), known == null ? f.name() : known.name()));
    }
    String caption =
        json.get("file_name") instanceof jakarta.json.JsonString name
            ? "Read from " + name.getString()
            : "Read from pasted text";
    return new ImportReview(
        json.getJsonNumber("id").longValue(),
        caption,
        draft,
        lines,
        namedLike,
        others,
        hint,
        suggestedFor,
        frameworkChoices,
        rated,
        scored,
        !rated && !frameworkCode.isEmpty(),
        domains,
        ReviewBlocks.rowViews(sources, json, rows, suggestedFor),
        kinds(frameworkCode));
  }

  /** The kinds a 2025 report can be, as radios; older frameworks' drafts have no kind. */
  static List<Choice> kinds(String frameworkCode) {
    if (!Framework.HMIP_YJ_2025.name().equals(frameworkCode)) {
      return List.of();
    }
    List<Choice> kinds = new ArrayList<>();
    for (ReportKind kind : ReportKind.values()) {
      kinds.add(
          new Choice(
              kind.name(),
              DraftToInspection.kindOf(kind).label(),
              "The report's title: “An inspection of youth justice " + kind.words() + " in …”"));
    }
    return kinds;
  }

  private static void keepOwners(
      PageContext request, long id, Long serviceId, Map<String, List<String>> params) {
    HashMap<String, ArrayList<String>> kept = new HashMap<>();
    params.forEach(
        (name, values) -> {
          if (name.startsWith("owners[")) {
            kept.put(name, new ArrayList<>(values));
          }
        });
    kept.put("serviceId", new ArrayList<>(List.of(String.valueOf(serviceId))));
    request.http().getSession(true).setAttribute(KEPT_OWNERS + id, kept);
  }

  /** The owners chosen before the last save, when the service is still the one they were for. */
  @SuppressWarnings("unchecked")
  private static void keptOwners(
      PageContext request, long id, Long shown, Map<String, Object> fields) {
    HttpSession session = request.http().getSession(false);
    if (session == null
        || !(session.getAttribute(KEPT_OWNERS + id) instanceof Map<?, ?> kept)
        || !List.of(String.valueOf(shown)).equals(kept.get("serviceId"))) {
      return;
    }
    fields.keySet().removeIf(name -> name.startsWith("owners[") && !name.endsWith(".name"));
    ((Map<String, List<String>>) kept)
        .forEach(
            (name, values) -> {
              if (name.startsWith("owners[")) {
                fields.put(name, values);
              }
            });
  }

  // -------------------------------------------------------------------------------------------

  private FrameworkView framework(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return frameworks.find(code);
    } catch (NotFoundException e) {
      return null;
    }
  }

  private static JsonObject body(ParsedReport draft, String version) {
    var body =
        Json.createObjectBuilder(
            Json.createReader(new StringReader(ReportImports.JSON.toJson(draft))).readObject());
    if (version.matches("[0-9]{1,18}")) {
      body.add("version", Long.parseLong(version));
    }
    return body.build();
  }

  static ParsedReport draftOf(JsonObject json) {
    return ReportImports.JSON.fromJson(json.toString(), ParsedReport.class);
  }

  private static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  private static Long matched(JsonObject json) {
    JsonObject match = json.getJsonObject("service_match");
    return match != null && match.get("matched") instanceof JsonObject m
        ? m.getJsonNumber("id").longValue()
        : null;
  }

  private static Long known(List<OrganisationRef> services, Long id) {
    return id != null && services.stream().anyMatch(s -> s.id() == id) ? id : null;
  }

  /** The submitted fields, in order, without the token and the button pressed. */
  private static Map<String, List<String>> params(PageContext request) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request
        .http()
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("_csrf") && !name.equals("intent")) {
                params.put(name, new ArrayList<>(List.of(values)));
              }
            });
    return params;
  }

  private static Map<String, String[]> array(Map<String, List<String>> params) {
    Map<String, String[]> out = new LinkedHashMap<>();
    params.forEach((name, values) -> out.put(name, values.toArray(String[]::new)));
    return out;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static int nextNumber(Map<String, List<String>> params, int rows) {
    int max = 0;
    for (int i = 0; i < rows; i++) {
      String n = first(params, DraftForm.rec(i, "number")).strip();
      if (n.matches("[0-9]{1,4}")) {
        max = Math.max(max, Integer.parseInt(n));
      }
    }
    return max + 1;
  }

  /** The fields with row {@code gone} of recommendations (and its owners) taken out. */
  private static Map<String, List<String>> without(Map<String, List<String>> params, int gone) {
    var pattern = java.util.regex.Pattern.compile("^(recommendations|owners)\\[([0-9]{1,3})](.*)$");
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          var m = pattern.matcher(name);
          if (!m.matches()) {
            out.put(name, values);
            return;
          }
          int i = Integer.parseInt(m.group(2));
          if (i == gone) {
            return;
          }
          out.put(m.group(1) + "[" + (i > gone ? i - 1 : i) + "]" + m.group(3), values);
        });
    return out;
  }
}
