package org.yjtracker.reportimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.inspection.boundary.InspectionRecords;
import org.yjtracker.inspection.boundary.InspectionView;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationInput;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.platform.boundary.JsonSettings;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Dates;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.reportimport.control.DraftToInspection;
import org.yjtracker.reportimport.control.HtmlText;
import org.yjtracker.reportimport.control.NotAReportException;
import org.yjtracker.reportimport.control.ParseTimeoutException;
import org.yjtracker.reportimport.control.PdfText;
import org.yjtracker.reportimport.control.ReportParser;
import org.yjtracker.reportimport.entity.ParseWarning;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ReportImport;
import org.yjtracker.reportimport.entity.ReportImport.SourceType;
import org.yjtracker.reportimport.entity.ReportKind;

/**
 * Report imports as inspectorate staff use them: upload a report, review and correct the draft read
 * from it, confirm it as an inspection (with its owners) in one transaction.
 */
@ApplicationScoped
@Transactional
public class ReportImports {

  static final String AUDIT_TYPE = "ReportImport";
  static final Jsonb JSON = JsonbBuilder.create(JsonSettings.config());

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject InspectionRecords inspections;
  @Inject OrganisationDirectory directory;
  @Inject OwnerSuggestions suggestions;

  @Inject
  @ConfigProperty(name = "import.time.limit.ms", defaultValue = "3000")
  long timeLimitMillis;

  @Inject
  @ConfigProperty(name = "import.pdf.max.pages", defaultValue = "400")
  int pdfMaxPages;

  @Inject
  @ConfigProperty(name = "import.pdf.max.inflated.bytes", defaultValue = "67108864")
  long pdfMaxInflatedBytes;

  @Inject
  @ConfigProperty(name = "import.pdf.time.limit.ms", defaultValue = "20000")
  long pdfTimeLimitMillis;

  /** Reads the report and keeps the draft; a report already recorded answers 409. */
  public JsonObject upload(Caller caller, ReportUpload upload) {
    requireInspector(caller);
    String received = upload.type() == SourceType.PDF ? null : upload.text();
    SourceType type =
        upload.type() == SourceType.TEXT && HtmlText.looksLikeHtml(received)
            ? SourceType.HTML
            : upload.type();
    String text =
        switch (type) {
          case PDF -> readPdf(upload.bytes());
          case HTML -> readHtml(received);
          case TEXT -> received;
        };
    ParsedReport draft = parse(text);
    String digest = upload.digestOf(text);
    rejectRecorded(digest, draft);
    var entry =
        new ReportImport(
            type,
            upload.fileName(),
            upload.bytes().length,
            digest,
            text,
            JSON.toJson(draft),
            caller.email());
    em.persist(entry);
    em.flush();
    audit.created(
        caller,
        AUDIT_TYPE,
        entry.getId(),
        Map.of("fileName", String.valueOf(upload.fileName()), "bytes", upload.bytes().length));
    return view(entry, null);
  }

  public JsonObject find(Caller caller, long id, Long serviceId) {
    requireInspector(caller);
    return view(existing(id), serviceId);
  }

  /** Replaces the reviewed fields; where values came from and the warnings stay as read. */
  public JsonObject correct(Caller caller, long id, JsonObject corrected) {
    requireInspector(caller);
    ReportImport entry = existing(id);
    requireDraft(entry);
    requireVersion(entry, versionOf(corrected));
    ParsedReport read = draftOf(entry);
    ParsedReport given = JSON.fromJson(corrected.toString(), ParsedReport.class);
    String kind = kindOf(given);
    ParsedReport kept = withOrigin(given, kind, read);
    entry.correct(JSON.toJson(kept));
    em.flush();
    audit.updated(caller, AUDIT_TYPE, id, null, Map.of("draft", "corrected"));
    return view(entry, null);
  }

  /** Records the inspection and any new owner organisations, all or nothing. */
  public InspectionView confirm(Caller caller, long id, @Valid ImportConfirmation confirmation) {
    requireInspector(caller);
    ReportImport entry = existing(id);
    requireDraft(entry);
    requireVersion(entry, confirmation.version);
    Organisation service = em.find(Organisation.class, confirmation.serviceId);
    if (service == null || !service.isService()) {
      throw new InvalidInputException(
          "serviceId", "No youth justice service with id " + confirmation.serviceId);
    }
    Map<Integer, List<Long>> owners = new HashMap<>();
    for (ImportConfirmation.OwnerChoice choice :
        Optional.ofNullable(confirmation.owners).orElse(List.of())) {
      var ids = new java.util.ArrayList<>(Optional.ofNullable(choice.ownerIds).orElse(List.of()));
      for (ImportConfirmation.NewOwner owner :
          Optional.ofNullable(choice.create).orElse(List.of())) {
        ids.add(addOwner(caller, service, owner));
      }
      owners.put(choice.number, ids);
    }
    InspectionView created =
        inspections.create(caller, DraftToInspection.of(draftOf(entry), service.getId(), owners));
    entry.confirm(created.id());
    em.flush();
    audit.updated(caller, AUDIT_TYPE, id, null, Map.of("inspectionId", created.id()));
    return created;
  }

  private long addOwner(Caller caller, Organisation service, ImportConfirmation.NewOwner owner) {
    OrganisationKind kind = Enums.parse(OrganisationKind.class, owner.kind, "owners.create.kind");
    String name = owner.name.strip();
    Optional<Organisation> existing =
        em.createNamedQuery(Organisation.BY_KIND_AND_NAME, Organisation.class)
            .setParameter("kind", kind)
            .setParameter("name", name)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    if (kind == OrganisationKind.YJS) {
      throw new InvalidInputException(
          "owners.create.kind", "Choose the service from the directory instead of adding one");
    }
    boolean board = kind == OrganisationKind.MANAGEMENT_BOARD;
    var input =
        new OrganisationInput(
            kind.name(),
            name,
            service.getRegion().name(),
            board ? service.getId() : null,
            board ? List.of() : List.of(service.getId()),
            null);
    return directory.create(caller, input).id();
  }

  private ParsedReport parse(String text) {
    try {
      return new ReportParser(Duration.ofMillis(timeLimitMillis)).parse(text);
    } catch (NotAReportException e) {
      throw new WebApplicationException(e.getMessage(), 422);
    } catch (ParseTimeoutException e) {
      throw new WebApplicationException(
          "Reading this document took too long; it may not be an inspection report.", 422);
    }
  }

  /** The version the client read, strictly a whole number (a string or 1.5 is a 400). */
  private static Long versionOf(JsonObject corrected) {
    JsonValue version = corrected.get("version");
    if (version == null || version == JsonValue.NULL) {
      return null;
    }
    if (version instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException tooLarge) {
        // answered below
      }
    }
    throw new InvalidInputException("version", "must be the whole-number version you read");
  }

  private String readPdf(byte[] bytes) {
    try {
      return new PdfText(pdfMaxPages, pdfMaxInflatedBytes, Duration.ofMillis(pdfTimeLimitMillis))
          .extract(bytes);
    } catch (NotAReportException e) {
      throw new WebApplicationException(e.getMessage(), 422);
    }
  }

  /** The text of a web page; a page larger than any report page is refused (413). */
  private static String readHtml(String html) {
    if (html.length() > HtmlText.MAX_CHARS) {
      throw new WebApplicationException(
          "This web page is larger than the limit of "
              + HtmlText.MAX_CHARS / 1_000_000
              + " million characters for a report page.",
          413);
    }
    try {
      return new HtmlText().extract(html);
    } catch (NotAReportException e) {
      throw new WebApplicationException(e.getMessage(), 422);
    }
  }

  /** Same text as a confirmed import, or the same service and publication date: 409. */
  private void rejectRecorded(String digest, ParsedReport draft) {
    em.createNamedQuery(ReportImport.CONFIRMED_WITH_DIGEST, ReportImport.class)
        .setParameter("digest", digest)
        .getResultStream()
        .filter(r -> r.getInspectionId() != null)
        .findFirst()
        .ifPresent(
            r ->
                alreadyRecorded(
                    r.getInspectionId(),
                    "This report was already imported as inspection " + r.getInspectionId() + "."));
    LocalDate published = Dates.publication(draft.published());
    if (published == null || draft.service() == null) {
      return;
    }
    em.createQuery(
            "SELECT i FROM Inspection i WHERE LOWER(i.service.name) = :name AND i.publishedOn ="
                + " :published",
            Inspection.class)
        .setParameter("name", draft.service().toLowerCase(java.util.Locale.ROOT))
        .setParameter("published", published)
        .getResultStream()
        .findFirst()
        .ifPresent(
            i ->
                alreadyRecorded(
                    i.getId(),
                    "An inspection of " + i.getService().getName() + " published on that date"));
  }

  private static void alreadyRecorded(long inspectionId, String message) {
    throw new ConflictException(
        message,
        "inspection",
        Map.of("inspectionId", inspectionId, "href", "/inspections/" + inspectionId));
  }

  private JsonObject view(ReportImport entry, Long serviceId) {
    ParsedReport draft = draftOf(entry);
    JsonObject match = suggestions.service(draft);
    Organisation service = serviceId != null ? em.find(Organisation.class, serviceId) : null;
    if (service == null && !match.isNull("matched")) {
      service =
          em.find(
              Organisation.class, match.getJsonObject("matched").getJsonNumber("id").longValue());
    }
    JsonObject stored = Json.createReader(new StringReader(entry.getDraft())).readObject();
    JsonObjectBuilder view = Json.createObjectBuilder(stored);
    // What the text does not show is sent as null, never left out.
    for (var component : ParsedReport.class.getRecordComponents()) {
      var property = component.getAnnotation(jakarta.json.bind.annotation.JsonbProperty.class);
      String name = property == null ? component.getName() : property.value();
      if (!stored.containsKey(name)) {
        view.addNull(name);
      }
    }
    view.add("id", entry.getId())
        .add("version", entry.getVersion())
        .add("status", entry.getStatus().name())
        .add("source_type", entry.getSourceType().name())
        .add("service_match", match)
        .add("owner_suggestions", suggestions.owners(draft, service))
        .add("source_text", sourceText(entry, draft));
    if (entry.getFileName() == null) {
      view.addNull("file_name");
    } else {
      view.add("file_name", entry.getFileName());
    }
    if (entry.getInspectionId() == null) {
      view.addNull("inspection_id");
    } else {
      view.add("inspection_id", entry.getInspectionId());
    }
    return view.build();
  }

  /** The text of every line a value or warning came from, for showing beside the field. */
  private static JsonObject sourceText(ReportImport entry, ParsedReport draft) {
    var wanted = new TreeMap<Integer, String>();
    Optional.ofNullable(draft.sourceLines())
        .orElse(Map.of())
        .values()
        .forEach(l -> wanted.put(l, ""));
    Optional.ofNullable(draft.warnings()).orElse(List.of()).stream()
        .map(ParseWarning::line)
        .filter(java.util.Objects::nonNull)
        .forEach(l -> wanted.put(l, ""));
    String[] lines = entry.getText().split("\n", -1);
    var text = Json.createObjectBuilder();
    wanted.keySet().stream()
        .filter(l -> l >= 1 && l <= lines.length)
        .forEach(l -> text.add(String.valueOf(l), lines[l - 1].strip()));
    return text.build();
  }

  private static ParsedReport draftOf(ReportImport entry) {
    return JSON.fromJson(entry.getDraft(), ParsedReport.class);
  }

  /** The kind as the draft keeps it (the report's words); a kind that is none is a 400. */
  private static String kindOf(ParsedReport given) {
    if (given.kind() == null || given.kind().isBlank()) {
      return null;
    }
    return ReportKind.of(given.kind())
        .map(ReportKind::words)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "kind",
                    "must be \"work with children and victims\" or \"youth justice services\""
                        + " (a 2025 report), or null"));
  }

  private static ParsedReport withOrigin(ParsedReport given, String kind, ParsedReport read) {
    return new ParsedReport(
        given.framework(),
        kind,
        given.service(),
        given.localAuthority(),
        given.published(),
        given.fieldworkStart(),
        given.score(),
        given.overall(),
        given.standards(),
        given.keyQuestionsPercentYes(),
        given.professionalDiscretion(),
        given.recommendations(),
        given.jointInspection(),
        given.jointInspectorates(),
        given.casesInspected(),
        given.courtCases(),
        given.outOfCourtCases(),
        given.resettlementCases(),
        given.previousInspection(),
        given.strengthsCount(),
        given.strengths(),
        given.areasForImprovement(),
        given.prompts(),
        read.sourceLines(),
        read.warnings());
  }

  private ReportImport existing(long id) {
    return Optional.ofNullable(em.find(ReportImport.class, id))
        .orElseThrow(() -> new NotFoundException("No import with id " + id));
  }

  private static void requireDraft(ReportImport entry) {
    if (!entry.isDraft()) {
      if (entry.getInspectionId() == null) {
        throw new ConflictException("This import was already confirmed.");
      }
      alreadyRecorded(
          entry.getInspectionId(),
          "This import was already confirmed as inspection " + entry.getInspectionId() + ".");
    }
  }

  private static void requireVersion(ReportImport entry, Long version) {
    if (version != null && version != entry.getVersion()) {
      throw new ConflictException(
          "Someone else changed this draft since you read it; reload it.", "version", null);
    }
  }

  private static void requireInspector(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR)) {
      throw new ForbiddenException("Only inspectorate staff import reports.");
    }
  }
}
