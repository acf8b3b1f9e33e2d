package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.control.PlanSpreadsheet;
import org.yjtracker.platform.control.Digests;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.platform.control.Uploads;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Importing a plan kept in a spreadsheet: upload it (a multipart form), see what would be imported
 * row by row with each row's problems, then import every row or none. The same facade as {@code
 * POST /api/plans/{id}/import/preview} and {@code POST /api/plans/{id}/import} decides. Between the
 * preview and the import the sheet waits in the session, named by its digest, so that what is
 * imported is exactly what was previewed.
 */
@ApplicationScoped
public class PlanImportPages implements PageRoutes {

  private static final Role[] WRITERS = {Role.SERVICE_LEAD, Role.BOARD_MEMBER};

  static final String SHEET = "tracker.plan.sheet.";

  @Inject PlanImports imports;
  @Inject ActionPlans plans;

  @Inject
  @ConfigProperty(name = "plan.import.max.bytes", defaultValue = "5242880")
  long maxBytes;

  /** A spreadsheet previewed and not imported yet. */
  record Sheet(
      String fileName, PlanSpreadsheet.Format format, byte[] bytes, String digest, int rows)
      implements Serializable {

    Sheet withRows(int count) {
      return new Sheet(fileName, format, bytes, digest, count);
    }
  }

  @Override
  public void register(Routes routes) {
    routes
        .get("/plans/{id}/import", Section.PLANS, this::blank, WRITERS)
        .post("/plans/{id}/import/preview", Section.PLANS, this::preview, WRITERS)
        .post("/plans/{id}/import", Section.PLANS, this::importActions, WRITERS);
  }

  PageResult blank(PageContext request) {
    PlanView plan = plans.find(request.caller(), request.id());
    return page(plan, Form.empty(), null, null);
  }

  PageResult preview(PageContext request) throws IOException, ServletException {
    PlanView plan = plans.find(request.caller(), request.id());
    Sheet sheet;
    try {
      sheet = sheet(request);
    } catch (RuntimeException e) {
      return refused(plan, e);
    }
    if (sheet == null) {
      return page(plan, errors(new FieldError("sheet", "Choose a spreadsheet")), null, null);
    }
    ImportPreview preview;
    try {
      preview = imports.preview(request.caller(), plan.id(), sheet::bytes, sheet.format());
    } catch (RuntimeException e) {
      return refused(plan, e);
    }
    sheet = sheet.withRows(preview.rows().size());
    request.http().getSession(true).setAttribute(SHEET + plan.id(), sheet);
    return page(plan, Form.empty(), preview, sheet);
  }

  PageResult importActions(PageContext request) {
    PlanView plan = plans.find(request.caller(), request.id());
    HttpSession session = request.http().getSession(false);
    Sheet sheet =
        session != null && session.getAttribute(SHEET + plan.id()) instanceof Sheet kept
            ? kept
            : null;
    if (sheet == null || !sheet.digest().equals(request.param("sheet"))) {
      return page(
          plan,
          errors(
              new FieldError(
                  "sheet",
                  "Choose the spreadsheet and check it again: the one you checked is no longer"
                      + " waiting to be imported")),
          null,
          null);
    }
    try {
      imports.importActions(request.caller(), plan.id(), sheet::bytes, sheet.format());
    } catch (RuntimeException e) {
      Problem problem = Problems.of(e);
      if (problem.status() == 400) {
        // The plan changed since the preview: the rows as they stand now, with their problems.
        ImportPreview now =
            imports.preview(request.caller(), plan.id(), sheet::bytes, sheet.format());
        return page(
            plan,
            Form.empty()
                .withErrors(
                    problem.errors().stream()
                        .map(err -> new FieldError(null, err.message()))
                        .toList()),
            now,
            sheet);
      }
      return refused(plan, e);
    }
    session.removeAttribute(SHEET + plan.id());
    int rows = sheet.rows();
    return PageResult.redirect(
        "/plans/" + plan.id(),
        (rows == 1 ? "1 action" : rows + " actions") + " imported from " + sheet.fileName());
  }

  /** A refusal of the upload shows on the file input; anything else is the error page. */
  private PageResult refused(PlanView plan, RuntimeException e) {
    Problem problem = Problems.of(e);
    if (problem.status() == 413 || problem.status() == 415 || problem.status() == 422) {
      return page(plan, errors(new FieldError("sheet", problem.detail())), null, null)
          .status(problem.status());
    }
    return page(plan, Form.empty().withErrors(FormErrors.from(e)), null, null);
  }

  private static Form errors(FieldError error) {
    return Form.empty().withErrors(List.of(error));
  }

  private static PageResult.View page(
      PlanView plan, Form form, ImportPreview preview, Sheet sheet) {
    return PageResult.view("actionplan/planImport", "Import actions from a spreadsheet")
        .form(form)
        .with("plan", plan)
        .with("preview", preview)
        .with("fileName", sheet == null ? null : sheet.fileName())
        .with("digest", sheet == null ? null : sheet.digest());
  }

  /** The spreadsheet chosen, read whole; null when none was chosen. */
  private Sheet sheet(PageContext request) throws IOException, ServletException {
    Part part = request.file("sheet");
    if (part == null) {
      return null;
    }
    String name = part.getSubmittedFileName();
    String lower = name.toLowerCase(Locale.ROOT);
    String contentType =
        Optional.ofNullable(part.getContentType()).orElse("").toLowerCase(Locale.ROOT);
    PlanSpreadsheet.Format format;
    if (lower.endsWith(".xlsx") || contentType.startsWith(PlanImportsResource.XLSX)) {
      format = PlanSpreadsheet.Format.XLSX;
    } else if (lower.endsWith(".csv")
        || lower.endsWith(".txt")
        || contentType.startsWith("text/")) {
      format = PlanSpreadsheet.Format.CSV;
    } else {
      throw new jakarta.ws.rs.WebApplicationException(
          "The spreadsheet must be a CSV or an Excel (.xlsx) file.", 415);
    }
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = Uploads.read(in, maxBytes, "The chosen file is empty", 422);
    }
    String shortName = name.length() > 200 ? name.substring(0, 200) : name;
    return new Sheet(shortName, format, bytes, Digests.sha256(bytes), 0);
  }
}
