package org.yjtracker.reportimport.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.Rating;
import org.yjtracker.reportimport.entity.ReportKind;
import org.yjtracker.web.control.DateInput;
import org.yjtracker.web.control.Display;
import org.yjtracker.web.control.Form;

/**
 * The review form of a draft: its fields filled from the draft, and read back into a corrected
 * draft and a confirmation with the mistakes a person can be told about at once. Fields are named
 * as the inspection API names them ({@code publishedScore}, {@code standards[2.1].rating}, {@code
 * recommendations[0].heading}, {@code owners[0].create[0].name}), so that its errors land on them.
 */
final class DraftForm {

  static final int MAX_RECOMMENDATIONS = 100;
  static final int MAX_KEY_QUESTIONS = 20;

  private static final Pattern STANDARD = Pattern.compile("^standards\\[([0-9A-Za-z.]{1,20})]\\.");
  private static final Pattern KEY_QUESTION =
      Pattern.compile("^standards\\[([0-9A-Za-z.]{1,20})]\\.keyQuestions\\[([0-9]{1,2})]$");
  private static final Pattern RECOMMENDATION =
      Pattern.compile("^recommendations\\[([0-9]{1,3})]\\.");

  private DraftForm() {}

  static String std(String code, String part) {
    return "standards[" + code + "]." + part;
  }

  static String keyQuestion(String code, int k) {
    return std(code, "keyQuestions[" + k + "]");
  }

  static String rec(int i, String part) {
    return "recommendations[" + i + "]." + part;
  }

  static String owners(int i) {
    return "owners[" + i + "].ownerIds";
  }

  static String create(int i, int j) {
    return "owners[" + i + "].create[" + j + "]";
  }

  /** A row of recommendations as the form shows it: which one of the draft it was read as. */
  record Row(int index, Integer read) {}

  /** What was read back: the corrected draft, the owners chosen and every mistake found. */
  record Read(
      ParsedReport draft,
      List<ImportConfirmation.OwnerChoice> owners,
      Long serviceId,
      List<FieldError> errors) {}

  // -------------------------------------------------------------------------------------------
  // From a draft

  static Map<String, Object> fields(ParsedReport d, long version, Long serviceId) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("version", version);
    f.put("serviceId", serviceId);
    f.put("suggestedFor", serviceId);
    f.put("service", d.service());
    f.put("framework", d.framework() == null ? null : d.framework().name());
    f.put("kind", ReportKind.of(d.kind()).map(Enum::name).orElse(null));
    f.put("published", publishedText(d.published()));
    DateInput.putMonthOrDay(f, "fieldworkStart", d.fieldworkStart());
    if (Boolean.TRUE.equals(d.jointInspection())) {
      f.put("joint", "true");
    }
    f.put("jointInspectorates", String.join("\n", orEmpty(d.jointInspectorates())));
    f.put("publishedScore", d.score());
    f.put("publishedOverall", d.overall() == null ? null : d.overall().name());
    f.put("courtCases", d.courtCases());
    f.put("outOfCourtCases", d.outOfCourtCases());
    f.put("resettlementCases", d.resettlementCases());
    f.put("casesInspected", d.casesInspected());
    Map<String, Rating> ratings = orEmpty(d.standards());
    Map<String, List<Integer>> percents = orEmpty(d.keyQuestionsPercentYes());
    for (String code : codes(d)) {
      Rating rating = ratings.get(code);
      f.put(std(code, "rating"), rating == null ? null : rating.name());
      List<Integer> kq = percents.getOrDefault(code, List.of());
      for (int k = 0; k < kq.size(); k++) {
        f.put(keyQuestion(code, k), kq.get(k));
      }
    }
    for (ProfessionalDiscretion p : orEmpty(d.professionalDiscretion())) {
      if (p.standard() != null && p.from() != null) {
        f.put(std(p.standard(), "discretionFrom"), p.from().name());
      }
    }
    List<ParsedRecommendation> recs = orEmpty(d.recommendations());
    for (int i = 0; i < recs.size(); i++) {
      ParsedRecommendation r = recs.get(i);
      f.put(rec(i, "read"), r.number());
      f.put(rec(i, "number"), r.number());
      f.put(rec(i, "heading"), r.heading());
      f.put(rec(i, "text"), r.text());
      f.put(rec(i, "ownerKinds"), r.addressees().stream().map(Enum::name).toList());
    }
    return f;
  }

  /** The standards a draft holds values for, in the framework's order. */
  static Set<String> codes(ParsedReport d) {
    Set<String> codes = new TreeSet<>(DraftForm::compareCodes);
    codes.addAll(orEmpty(d.standards()).keySet());
    codes.addAll(orEmpty(d.keyQuestionsPercentYes()).keySet());
    orEmpty(d.professionalDiscretion()).stream()
        .map(ProfessionalDiscretion::standard)
        .filter(java.util.Objects::nonNull)
        .forEach(codes::add);
    return codes;
  }

  /** The standards a submitted form holds fields for. */
  static Set<String> codes(Set<String> names) {
    Set<String> codes = new TreeSet<>(DraftForm::compareCodes);
    for (String name : names) {
      Matcher m = STANDARD.matcher(name);
      if (m.find()) {
        codes.add(m.group(1));
      }
    }
    return codes;
  }

  /** How many key questions a standard has fields for in a submitted form. */
  static int keyQuestions(Set<String> names, String code) {
    int count = 0;
    for (String name : names) {
      Matcher m = KEY_QUESTION.matcher(name);
      if (m.matches() && m.group(1).equals(code)) {
        count = Math.max(count, Math.min(MAX_KEY_QUESTIONS, Integer.parseInt(m.group(2)) + 1));
      }
    }
    return count;
  }

  /** The rows of recommendations a submitted form holds. */
  static List<Row> rows(Set<String> names, Form form) {
    int count = 0;
    for (String name : names) {
      Matcher m = RECOMMENDATION.matcher(name);
      if (m.find()) {
        count = Math.max(count, Math.min(MAX_RECOMMENDATIONS, Integer.parseInt(m.group(1)) + 1));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String read = form.value(rec(i, "read")).strip();
      rows.add(new Row(i, read.matches("[0-9]{1,4}") ? Integer.valueOf(read) : null));
    }
    return rows;
  }

  static List<Row> rows(ParsedReport d) {
    List<Row> rows = new ArrayList<>();
    List<ParsedRecommendation> recs = orEmpty(d.recommendations());
    for (int i = 0; i < recs.size(); i++) {
      rows.add(new Row(i, recs.get(i).number()));
    }
    return rows;
  }

  // -------------------------------------------------------------------------------------------
  // Back from the form

  /**
   * Reads the form into the corrected draft (values only the report gives, such as its findings,
   * are kept from {@code stored}); {@code confirming} adds what recording needs.
   *
   * @param proposals for each row, the kinds of the owners it offers to add (by their index)
   */
  static Read read(
      Form form,
      Set<String> names,
      ParsedReport stored,
      List<Row> rows,
      List<List<OrganisationKind>> proposals,
      boolean rated,
      boolean scored,
      Set<String> frameworkCodes,
      String frameworkName,
      boolean confirming) {
    List<FieldError> errors = new ArrayList<>();
    Long serviceId = form.id("serviceId");
    if (confirming && serviceId == null) {
      errors.add(
          new FieldError("serviceId", "Choose the youth justice service the report is about"));
    }
    Framework framework = enumOf(Framework.class, form.value("framework"));
    // Only a 2025 report has a kind of its own; another framework's draft keeps none.
    String kind =
        framework == Framework.HMIP_YJ_2025
            ? ReportKind.of(form.value("kind")).map(ReportKind::words).orElse(null)
            : null;
    if (confirming && framework == Framework.HMIP_YJ_2025 && kind == null) {
      errors.add(
          new FieldError(
              "kind",
              "Choose the kind of inspection: work with children and victims, or youth justice"
                  + " services"));
    }
    String service = text(form.value("service"));
    String published = published(form.value("published"), errors);
    String fieldwork =
        DateInput.readMonthOrDay(form, "fieldworkStart", "The date fieldwork started", errors);
    boolean joint = form.has("joint", "true");
    List<String> inspectorates =
        joint
            ? Arrays.stream(form.value("jointInspectorates").split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()
            : List.of();
    Integer court = count(form, "courtCases", "the number of court disposals", errors);
    Integer outOfCourt =
        count(form, "outOfCourtCases", "the number of out-of-court disposals", errors);
    Integer resettlement =
        count(form, "resettlementCases", "the number of resettlement cases", errors);
    Integer cases = count(form, "casesInspected", "the number of cases inspected", errors);
    Integer score = scored ? count(form, "publishedScore", "the published score", errors) : null;
    Rating overall = rated ? enumOf(Rating.class, form.value("publishedOverall")) : null;

    Map<String, Rating> standards = new LinkedHashMap<>();
    Map<String, List<Integer>> percents = new LinkedHashMap<>();
    List<ProfessionalDiscretion> discretion = new ArrayList<>();
    if (rated) {
      for (String code : codes(names)) {
        Rating rating = enumOf(Rating.class, form.value(std(code, "rating")));
        if (rating != null) {
          standards.put(code, rating);
        }
        int questions = keyQuestions(names, code);
        List<Integer> values = new ArrayList<>();
        boolean given = false;
        List<FieldError> kqErrors = new ArrayList<>();
        for (int k = 0; k < questions; k++) {
          String value = form.value(keyQuestion(code, k)).strip().replace("%", "").strip();
          if (value.isEmpty()) {
            values.add(null);
          } else if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) > 100) {
            given = true;
            values.add(null);
            kqErrors.add(
                new FieldError(
                    keyQuestion(code, k),
                    code + ": enter the % Yes as a whole number from 0 to 100, like 67"));
          } else {
            given = true;
            values.add(Integer.parseInt(value));
          }
        }
        if (given) {
          for (int k = 0; k < values.size(); k++) {
            int at = k;
            if (values.get(k) == null
                && kqErrors.stream().noneMatch(e -> e.field().equals(keyQuestion(code, at)))) {
              kqErrors.add(
                  new FieldError(
                      keyQuestion(code, k),
                      code + ": enter the % Yes of every key question, or of none"));
            }
          }
          kqErrors.sort(java.util.Comparator.comparing(FieldError::field));
          errors.addAll(kqErrors);
          percents.put(code, values);
        }
        Rating from = enumOf(Rating.class, form.value(std(code, "discretionFrom")));
        if (from != null) {
          discretion.add(new ProfessionalDiscretion(code, from, rating));
        }
        if (!confirming) {
          continue;
        }
        boolean anything = rating != null || given || from != null;
        if (frameworkCodes != null && !frameworkCodes.contains(code) && anything) {
          errors.add(
              new FieldError(
                  std(code, "rating"),
                  frameworkName
                      + " has no standard "
                      + code
                      + ": clear its rating and % Yes to leave it out"));
        } else if (rating == null && (given || from != null)) {
          errors.add(
              new FieldError(
                  std(code, "rating"),
                  code + ": choose the published rating, or clear its % Yes and discretion"));
        }
      }
    }

    List<ParsedRecommendation> recommendations = new ArrayList<>();
    List<ImportConfirmation.OwnerChoice> owners = new ArrayList<>();
    for (Row row : rows) {
      int i = row.index();
      String typed = form.value(rec(i, "number")).strip();
      Integer number = typed.matches("[0-9]{1,4}") ? Integer.valueOf(typed) : null;
      String title = "Recommendation " + (number == null ? i + 1 : number);
      if (number == null || number < 1) {
        errors.add(
            new FieldError(
                rec(i, "number"), title + ": enter its number as a whole number, like 3"));
      }
      List<OrganisationKind> kinds =
          form.values(rec(i, "ownerKinds")).stream()
              .map(k -> enumOf(OrganisationKind.class, k))
              .filter(java.util.Objects::nonNull)
              .toList();
      recommendations.add(
          new ParsedRecommendation(
              number == null ? 0 : number,
              kinds,
              text(form.value(rec(i, "heading"))),
              text(form.value(rec(i, "text")))));
      var choice = new ImportConfirmation.OwnerChoice();
      choice.number = number;
      choice.ownerIds =
          form.values(owners(i)).stream()
              .map(Form::idIn)
              .filter(java.util.Objects::nonNull)
              .toList();
      choice.create = new ArrayList<>();
      List<OrganisationKind> offered = i < proposals.size() ? proposals.get(i) : List.of();
      for (int j = 0; j < offered.size(); j++) {
        if (!form.has(create(i, j), "true")) {
          continue;
        }
        var owner = new ImportConfirmation.NewOwner();
        owner.kind = offered.get(j).name();
        owner.name = form.value(create(i, j) + ".name").strip();
        if (confirming && owner.name.isEmpty()) {
          errors.add(
              new FieldError(
                  create(i, j) + ".name",
                  title
                      + ": enter the name of the "
                      + offered.get(j).label().toLowerCase(Locale.ROOT)
                      + " to add"));
        }
        choice.create.add(owner);
      }
      owners.add(choice);
    }

    ParsedReport draft =
        new ParsedReport(
            framework,
            kind,
            service,
            stored.localAuthority(),
            published,
            fieldwork,
            score,
            overall,
            standards,
            percents,
            discretion,
            recommendations,
            joint,
            inspectorates,
            cases,
            court,
            outOfCourt,
            resettlement,
            stored.previousInspection(),
            stored.strengthsCount(),
            stored.strengths(),
            stored.areasForImprovement(),
            stored.prompts(),
            stored.sourceLines(),
            stored.warnings());
    return new Read(draft, owners, serviceId, errors);
  }

  /**
   * Where an error of the facades belongs on the form: the inspection API numbers standards in the
   * order of their codes as text, and recommendations and owners as the rows stand.
   */
  static FieldError place(FieldError error, ParsedReport sent, List<Row> rows) {
    String field = Optional.ofNullable(error.field()).orElse("");
    Matcher m = Pattern.compile("^standards\\[([0-9]+)]\\.?(.*)$").matcher(field);
    if (m.matches()) {
      List<String> order = new ArrayList<>(new TreeMap<>(orEmpty(sent.standards())).keySet());
      int at = Integer.parseInt(m.group(1));
      if (at >= order.size()) {
        return new FieldError(null, "A standard: " + error.message());
      }
      String code = order.get(at);
      Matcher kq = Pattern.compile("^keyQuestions\\[([0-9]+)]").matcher(m.group(2));
      String part =
          kq.find()
              ? "keyQuestions[" + kq.group(1) + "]"
              : m.group(2).startsWith("discretion") ? "discretionFrom" : "rating";
      return new FieldError(std(code, part), code + ": " + error.message());
    }
    m = Pattern.compile("^recommendations\\[([0-9]+)]\\.?(\\w*)").matcher(field);
    if (m.find() && Integer.parseInt(m.group(1)) < rows.size()) {
      int i = Integer.parseInt(m.group(1));
      String part = m.group(2);
      String target =
          switch (part) {
            case "heading", "text", "ownerKinds", "number" -> rec(i, part);
            case "ownerIds" -> owners(i);
            default -> rec(i, "number");
          };
      return new FieldError(target, title(sent, i) + ": " + error.message());
    }
    m = Pattern.compile("^owners\\[([0-9]+)](?:\\.create\\[([0-9]+)])?").matcher(field);
    if (m.find() && Integer.parseInt(m.group(1)) < rows.size()) {
      int i = Integer.parseInt(m.group(1));
      String target =
          m.group(2) != null ? create(i, Integer.parseInt(m.group(2))) + ".name" : owners(i);
      return new FieldError(target, title(sent, i) + ": " + error.message());
    }
    String top = field.replaceAll("\\[.*?]", "").split("\\.")[0];
    return switch (top) {
      case "serviceId",
          "service",
          "framework",
          "published",
          "fieldworkStart",
          "publishedScore",
          "publishedOverall",
          "joint",
          "jointInspectorates",
          "courtCases",
          "outOfCourtCases",
          "resettlementCases",
          "casesInspected" ->
          new FieldError(top, error.message());
      case "kind" ->
          new FieldError(
              sent.framework() == Framework.HMIP_YJ_2025 ? "kind" : "framework", error.message());
      default -> new FieldError(null, error.message());
    };
  }

  private static String title(ParsedReport sent, int i) {
    List<ParsedRecommendation> recs = orEmpty(sent.recommendations());
    return "Recommendation " + (i < recs.size() ? recs.get(i).number() : i + 1);
  }

  // -------------------------------------------------------------------------------------------
  // Values

  private static final List<DateTimeFormatter> DAYS =
      List.of(formatter("d MMMM uuuu"), formatter("d/M/uuuu"));
  private static final List<DateTimeFormatter> MONTHS =
      List.of(formatter("MMMM uuuu"), formatter("M/uuuu"));
  private static final Pattern MONTH_WORD =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTH_NAMES =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
  private static final List<String> MONTH_STARTS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.UK)
        .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }

  /** "2023-12" as "December 2023", "2023-12-05" as "5 December 2023". */
  static String publishedText(String published) {
    if (published == null || published.isBlank()) {
      return "";
    }
    try {
      return Display.published(published);
    } catch (DateTimeParseException e) {
      return published;
    }
  }

  /**
   * A publication as a person writes it ("December 2023", "5 Dec 2023", "5/12/2023", or ISO) as the
   * draft keeps it ("2023-12", "2023-12-05"); blank is null.
   */
  static String published(String typed, List<FieldError> errors) {
    String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    // "Dec", "dec." and "Sept" as the month's whole name.
    text =
        MONTH_WORD
            .matcher(text)
            .replaceAll(
                m -> MONTH_NAMES.get(MONTH_STARTS.indexOf(m.group(1).toLowerCase(Locale.ROOT))));
    if (text.isEmpty()) {
      return null;
    }
    if (text.matches("[0-9]{4}-[0-9]{2}(-[0-9]{2})?")) {
      try {
        return text.length() == 7
            ? YearMonth.parse(text).toString()
            : LocalDate.parse(text).toString();
      } catch (DateTimeParseException e) {
        // answered below
      }
    }
    for (DateTimeFormatter f : DAYS) {
      try {
        return LocalDate.parse(text, f).toString();
      } catch (DateTimeParseException e) {
        // the next way of writing it
      }
    }
    for (DateTimeFormatter f : MONTHS) {
      try {
        return YearMonth.parse(text, f).toString();
      } catch (DateTimeParseException e) {
        // the next way of writing it
      }
    }
    errors.add(
        new FieldError(
            "published",
            "Enter the publication date as a month or a date, like December 2023 or 5 December"
                + " 2023"));
    return null;
  }

  private static Integer count(Form form, String field, String what, List<FieldError> errors) {
    String value = form.value(field).strip();
    if (value.isEmpty()) {
      return null;
    }
    if (!value.matches("[0-9]{1,6}")) {
      errors.add(new FieldError(field, "Enter " + what + " as a whole number, like 12"));
      return null;
    }
    return Integer.parseInt(value);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  /** "2.10" after "2.9"; domains before their standards. */
  static int compareCodes(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      if (i >= pa.length || i >= pb.length) {
        return Integer.compare(pa.length, pb.length);
      }
      if (pa[i].matches("[0-9]{1,9}") && pb[i].matches("[0-9]{1,9}")) {
        int d = Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
        if (d != 0) {
          return d;
        }
      } else {
        int d = pa[i].compareTo(pb[i]);
        if (d != 0) {
          return d;
        }
      }
    }
    return 0;
  }
}
