package org.yjtracker.reportimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.platform.control.Uploads;
import org.yjtracker.reportimport.entity.ReportImport.SourceType;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Importing a published report: a multipart form takes the PDF, web page (HTML) or text file, or
 * the text or HTML pasted, and the same facade as {@code POST /api/imports} reads it into a draft;
 * the person goes on to check it. A refusal (already recorded, too large, not a PDF or text, not a
 * report) shows on the form in GOV.UK's error pattern. The draft's review is {@link ReviewPage}.
 */
@ApplicationScoped
public class ImportPages implements PageRoutes {

  static final Role[] STAFF = {Role.INSPECTORATE_ADMIN, Role.INSPECTOR};

  @Inject ReportImports imports;
  @Inject ReviewPage reviews;

  @Inject
  @ConfigProperty(name = "import.max.bytes", defaultValue = "20971520")
  long maxBytes;

  @Override
  public void register(Routes routes) {
    routes
        .get("/imports/new", Section.INSPECTIONS, this::blank, STAFF)
        .post("/imports/new", Section.INSPECTIONS, this::upload, STAFF)
        .get("/imports/{id}", Section.INSPECTIONS, this::review, STAFF)
        .post("/imports/{id}", Section.INSPECTIONS, this::submit, STAFF);
  }

  PageResult review(PageContext request) {
    return reviews.show(request);
  }

  PageResult submit(PageContext request) {
    return reviews.submit(request);
  }

  PageResult blank(PageContext request) {
    return newPage(Form.empty(), null);
  }

  PageResult upload(PageContext request) throws IOException, ServletException {
    Form form = request.form();
    String text = Optional.ofNullable(request.http().getParameter("text")).orElse("");
    Part file = request.file("file");
    boolean hasText = !text.isBlank();
    if (file != null && hasText) {
      return refused(
          form, "file", "Upload a file or paste the text, not both: remove one of them", null);
    }
    if (file == null && !hasText) {
      return refused(form, "file", "Upload the report or paste its text", null);
    }
    String field = file != null ? "file" : "text";
    JsonObject draft;
    try {
      ReportUpload upload =
          file != null ? fromFile(file) : new ReportUpload(SourceType.TEXT, null, utf8(text));
      draft = imports.upload(request.caller(), upload);
    } catch (RuntimeException e) {
      Problem problem = Problems.of(e);
      return switch (problem.status()) {
        case 409 -> recorded(form, field, problem).status(409);
        case 413, 415, 422 -> refused(form, field, problem.detail(), null).status(problem.status());
        default -> refused(form, field, FormErrors.from(e).get(0).message(), null);
      };
    }
    return PageResult.redirect(
        "/imports/" + draft.getInt("id"),
        "The report has been read. Check the draft, correct what is wrong, then confirm it.");
  }

  private ReportUpload fromFile(Part file) throws IOException {
    String name = file.getSubmittedFileName();
    String type = Optional.ofNullable(file.getContentType()).orElse("").toLowerCase(Locale.ROOT);
    String lower = name.toLowerCase(Locale.ROOT);
    SourceType as;
    if (type.startsWith(ImportsResource.PDF) || lower.endsWith(".pdf")) {
      as = SourceType.PDF;
    } else if (type.startsWith("text/html")
        || type.startsWith("application/xhtml")
        || lower.endsWith(".html")
        || lower.endsWith(".htm")) {
      as = SourceType.HTML;
    } else if (type.startsWith("text/plain") || lower.endsWith(".txt")) {
      as = SourceType.TEXT;
    } else {
      throw new jakarta.ws.rs.WebApplicationException(
          "The file must be a PDF, a web page or a text file (.pdf, .html or .txt).", 415);
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = Uploads.read(in, maxBytes, "The chosen file is empty", 422);
    }
    return new ReportUpload(as, name.length() > 255 ? name.substring(0, 255) : name, bytes);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private PageResult.View recorded(Form form, String field, Problem problem) {
    JsonObject current = problem.current();
    if (current == null || !current.containsKey("inspectionId")) {
      return refused(form, field, problem.detail(), null);
    }
    long inspection = current.getJsonNumber("inspectionId").longValue();
    return refused(
        form,
        field,
        "This report is already recorded as inspection "
            + inspection
            + ", so it cannot be imported again.",
        "/inspections/" + inspection);
  }

  private static PageResult.View refused(Form form, String field, String message, String existing) {
    // The file input cannot be filled in again; the pasted text is kept.
    return newPage(form.withErrors(List.of(new FieldError(field, message))), existing);
  }

  private static PageResult.View newPage(Form form, String existing) {
    return PageResult.view("reportimport/new", "Import a report")
        .form(form)
        .with("existing", existing);
  }
}
