package org.yjtracker.inspection.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.framework.boundary.FrameworkView.StandardView;
import org.yjtracker.inspection.boundary.InspectionInput.KeyQuestionInput;
import org.yjtracker.inspection.boundary.InspectionInput.PromptInput;
import org.yjtracker.inspection.boundary.InspectionInput.RecommendationInput;
import org.yjtracker.inspection.boundary.InspectionInput.StandardInput;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.web.control.DateInput;
import org.yjtracker.web.control.Form;

/**
 * The inspection form's fields and the API's inspection, both ways. Fields are named as the API
 * names them, with a standard's parts under its code ({@code standards.2.1.rating}, as the
 * framework's disagreements name them) and each recommendation under its row on the form ({@code
 * recommendations[0].text}); lists the report gives line by line are one textarea each.
 */
final class InspectionFormFields {

  /** At most this many recommendation rows are read from a form (the API takes 100). */
  static final int MAX_ROWS = 100;

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern PROMPT =
      Pattern.compile("([0-9]{1,3})(?:\\s*%|\\s*[-–:|]|\\s)\\s*(.+)");
  private static final Pattern LISTED =
      Pattern.compile("(standards|recommendations)\\[(\\d+)]\\.?(.*)");
  private static final Pattern ITEM = Pattern.compile("(.*?)\\[\\d+]$");

  private InspectionFormFields() {}

  /** An inspection as the form shows it, and the standards and rows it was read with. */
  record Read(InspectionInput input, List<String> standardCodes, List<Integer> rows) {}

  static String standard(String code, String part) {
    return "standards." + code + "." + part;
  }

  static String percent(String code, int k) {
    return standard(code, "keyQuestions[" + k + "].percentYes");
  }

  static String prompts(String code, int k) {
    return standard(code, "keyQuestions[" + k + "].prompts");
  }

  static String row(int i, String part) {
    return "recommendations[" + i + "]." + part;
  }

  /** The form's rows of recommendations, as its hidden count says (within 0 and the maximum). */
  static int rows(Form form) {
    String count = form.value("recommendationCount").strip();
    return count.matches("[0-9]{1,3}") ? Math.min(Integer.parseInt(count), MAX_ROWS) : 0;
  }

  /** The fields of a recorded inspection, for the form that changes it. */
  static Map<String, Object> of(InspectionView inspection) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("serviceId", inspection.service().id());
    fields.put("framework", inspection.framework().code());
    fields.put("kind", inspection.kind() == null ? null : inspection.kind().name());
    DateInput.putMonthOrDay(fields, "fieldworkStart", inspection.fieldwork());
    DateInput.putMonthOrDay(fields, "published", inspection.published());
    fields.put("leadInspector", inspection.leadInspector());
    fields.put("reportReference", inspection.reportReference());
    fields.put("joint", inspection.joint() ? "true" : null);
    fields.put("jointInspectorates", lines(inspection.jointInspectorates()));
    fields.put("courtCases", inspection.courtCases());
    fields.put("outOfCourtCases", inspection.outOfCourtCases());
    fields.put("resettlementCases", inspection.resettlementCases());
    fields.put("casesInspected", inspection.casesInspected());
    fields.put("publishedScore", inspection.publishedScore());
    fields.put(
        "publishedOverall",
        inspection.publishedOverall() == null ? null : inspection.publishedOverall().name());
    for (InspectionView.StandardView s : inspection.standards()) {
      String code = s.code();
      fields.put(standard(code, "rating"), s.rating() == null ? null : s.rating().name());
      for (int k = 0; k < s.keyQuestions().size(); k++) {
        var kq = s.keyQuestions().get(k);
        fields.put(percent(code, k), kq.percentYes());
        fields.put(
            prompts(code, k),
            lines(kq.prompts().stream().map(p -> p.percentYes() + "% " + p.text()).toList()));
      }
      if (s.discretion() != null) {
        fields.put(standard(code, "discretionFrom"), s.discretion().from().name());
        fields.put(standard(code, "discretionReason"), s.discretion().reason());
      }
      fields.put(standard(code, "strengths"), lines(s.strengths()));
      fields.put(standard(code, "areasForImprovement"), lines(s.areasForImprovement()));
    }
    fields.put("strengths", lines(inspection.strengths()));
    fields.put("areasForImprovement", lines(inspection.areasForImprovement()));
    List<InspectionView.RecommendationView> recommendations = inspection.recommendations();
    fields.put("recommendationCount", recommendations.size());
    for (int i = 0; i < recommendations.size(); i++) {
      var r = recommendations.get(i);
      fields.put(row(i, "id"), r.id());
      fields.put(row(i, "number"), r.number());
      fields.put(row(i, "heading"), r.heading());
      fields.put(row(i, "text"), r.text());
      fields.put(row(i, "ownerKinds"), r.ownerKinds().stream().map(Enum::name).toList());
      fields.put(row(i, "ownerIds"), r.owners().stream().map(o -> o.id()).toList());
      fields.put(row(i, "standards"), r.standards());
    }
    fields.put("version", inspection.version());
    return fields;
  }

  /**
   * The inspection a form gives. What the page cannot read (a number that is not one, a date that
   * is not a date) is added to errors, named by its field; everything else is left for the API's
   * own checks. Standards left wholly empty and blank recommendation rows are not sent.
   */
  static Read read(Form form, FrameworkView framework, List<FieldError> errors) {
    InspectionInput input = new InspectionInput();
    String service = form.value("serviceId").strip();
    input.serviceId = service.matches("[1-9][0-9]{0,17}") ? Long.parseLong(service) : null;
    input.framework = framework == null ? null : framework.code();
    input.kind = blankToNull(form.value("kind"));
    input.fieldworkStart =
        DateInput.readMonthOrDay(form, "fieldworkStart", "The fieldwork start", errors);
    input.published = DateInput.readMonthOrDay(form, "published", "The publication date", errors);
    input.leadInspector = blankToNull(form.value("leadInspector"));
    input.reportReference = blankToNull(form.value("reportReference"));
    input.joint = form.has("joint", "true") || "JOINT".equals(input.kind);
    input.jointInspectorates = input.joint ? lines(form.value("jointInspectorates")) : List.of();
    input.courtCases = number(form, "courtCases", "the number of court disposals", errors);
    input.outOfCourtCases =
        number(form, "outOfCourtCases", "the number of out-of-court disposals", errors);
    input.resettlementCases =
        number(form, "resettlementCases", "the number of resettlement cases", errors);
    input.casesInspected = number(form, "casesInspected", "the number of cases inspected", errors);
    boolean rated = framework != null && framework.rated();
    input.publishedScore =
        rated && framework.scored()
            ? number(form, "publishedScore", "the published score", errors)
            : null;
    input.publishedOverall = rated ? blankToNull(form.value("publishedOverall")) : null;
    input.strengths = lines(form.value("strengths"));
    input.areasForImprovement = lines(form.value("areasForImprovement"));
    List<String> codes = new ArrayList<>();
    input.standards = new ArrayList<>();
    if (rated) {
      for (StandardView s : standards(framework)) {
        StandardInput standard = standard(form, s, errors);
        if (standard != null) {
          input.standards.add(standard);
          codes.add(s.code());
        }
      }
    }
    List<Integer> rows = new ArrayList<>();
    input.recommendations = new ArrayList<>();
    for (int i = 0; i < rows(form); i++) {
      RecommendationInput recommendation = recommendation(form, i, errors);
      if (recommendation != null) {
        input.recommendations.add(recommendation);
        rows.add(i);
      }
    }
    input.version = form.whole("version");
    input.reason = blankToNull(form.value("reason"));
    return new Read(input, codes, rows);
  }

  static List<StandardView> standards(FrameworkView framework) {
    return framework.domains().stream().flatMap(d -> d.standards().stream()).toList();
  }

  private static StandardInput standard(Form form, StandardView s, List<FieldError> errors) {
    String code = s.code();
    StandardInput input = new StandardInput();
    input.code = code;
    input.rating = blankToNull(form.value(standard(code, "rating")));
    input.discretionFrom = blankToNull(form.value(standard(code, "discretionFrom")));
    input.discretionReason = blankToNull(form.value(standard(code, "discretionReason")));
    input.strengths = lines(form.value(standard(code, "strengths")));
    input.areasForImprovement = lines(form.value(standard(code, "areasForImprovement")));
    List<KeyQuestionInput> keyQuestions = new ArrayList<>();
    boolean answered = false;
    for (int k = 0; k < s.keyQuestions().size(); k++) {
      String what = title(s) + ", key question " + (k + 1) + ": enter the % Yes";
      KeyQuestionInput kq = new KeyQuestionInput();
      answered |= !form.value(percent(code, k)).isBlank();
      kq.percentYes = number(form, percent(code, k), what, errors);
      kq.prompts = prompts(form.value(prompts(code, k)));
      answered |= !kq.prompts.isEmpty();
      keyQuestions.add(kq);
    }
    input.keyQuestions = answered ? keyQuestions : List.of();
    boolean empty =
        input.rating == null
            && !answered
            && input.discretionFrom == null
            && input.discretionReason == null
            && input.strengths.isEmpty()
            && input.areasForImprovement.isEmpty();
    return empty ? null : input;
  }

  private static RecommendationInput recommendation(Form form, int i, List<FieldError> errors) {
    RecommendationInput input = new RecommendationInput();
    String id = form.value(row(i, "id")).strip();
    input.id = id.matches("[1-9][0-9]{0,17}") ? Long.parseLong(id) : null;
    input.heading = blankToNull(form.value(row(i, "heading")));
    input.text = blankToNull(form.value(row(i, "text")));
    input.ownerKinds = form.values(row(i, "ownerKinds"));
    input.ownerIds =
        form.values(row(i, "ownerIds")).stream()
            .filter(v -> v.matches("[1-9][0-9]{0,17}"))
            .map(Long::parseLong)
            .toList();
    input.standards = form.values(row(i, "standards"));
    boolean blank =
        input.id == null
            && input.heading == null
            && input.text == null
            && input.ownerKinds.isEmpty()
            && input.ownerIds.isEmpty()
            && input.standards.isEmpty();
    if (blank) {
      return null;
    }
    input.number =
        number(form, row(i, "number"), "Recommendation " + (i + 1) + ": enter its number", errors);
    return input;
  }

  /** GOV.UK's date boxes, where the day may be left out: most reports give only the month. */
  private static Integer number(Form form, String field, String what, List<FieldError> errors) {
    String text = form.value(field).strip().replaceAll("\\s*%$", "").replace(",", "");
    if (text.isEmpty()) {
      return null;
    }
    if (!WHOLE.matcher(text).matches()) {
      errors.add(
          new FieldError(
              field,
              what.contains(": ")
                  ? what + " as a whole number"
                  : "Enter " + what + " as a whole number, like 12"));
      return null;
    }
    return Integer.parseInt(text);
  }

  /** Prompts typed one to a line as "67% Was the assessment…"; a line without a % is sent as is. */
  private static List<PromptInput> prompts(String text) {
    List<PromptInput> prompts = new ArrayList<>();
    for (String line : lines(text)) {
      PromptInput prompt = new PromptInput();
      Matcher m = PROMPT.matcher(line);
      if (m.matches()) {
        prompt.percentYes = Integer.parseInt(m.group(1));
        prompt.text = m.group(2).strip();
      } else {
        prompt.text = line;
      }
      prompts.add(prompt);
    }
    return prompts;
  }

  /**
   * An error the API gave for what was sent, on the form's field: a standard's by its code, a
   * recommendation's by its row, an item of a list on the list's textarea; and said with the
   * standard or recommendation it is about.
   */
  static FieldError onForm(FieldError error, Read read, FrameworkView framework, Form form) {
    String field = error.field();
    if (field == null || field.equals("body")) {
      return new FieldError(null, error.message());
    }
    Matcher listed = LISTED.matcher(field);
    if (listed.matches()) {
      int at = Integer.parseInt(listed.group(2));
      String rest = listed.group(3);
      if (listed.group(1).equals("standards") && at < read.standardCodes().size()) {
        String code = read.standardCodes().get(at);
        Matcher question = Pattern.compile("keyQuestions\\[(\\d+)].*").matcher(rest);
        String which =
            question.matches()
                ? (rest.contains(".prompts") ? ", a prompt of key question " : ", key question ")
                    + (Integer.parseInt(question.group(1)) + 1)
                : "";
        return new FieldError(
            standardField(code, rest), about(code, framework, which) + error.message());
      }
      if (listed.group(1).equals("recommendations") && at < read.rows().size()) {
        int rowAt = read.rows().get(at);
        String part = rest.isEmpty() || rest.equals("id") ? "number" : item(rest);
        String number = form.value(row(rowAt, "number")).strip();
        return new FieldError(
            row(rowAt, part),
            "Recommendation " + (number.isEmpty() ? rowAt + 1 : number) + ": " + error.message());
      }
      return new FieldError(null, error.message());
    }
    if (field.startsWith("standards.")) {
      return error; // a disagreement's own name, which the form uses
    }
    return new FieldError(item(field), error.message());
  }

  /** A standard's part as the form names it: prompts on their key question's textarea. */
  private static String standardField(String code, String rest) {
    Matcher prompt = Pattern.compile("keyQuestions\\[(\\d+)]\\.prompts.*").matcher(rest);
    if (prompt.matches()) {
      return prompts(code, Integer.parseInt(prompt.group(1)));
    }
    if (rest.isEmpty() || rest.equals("code") || rest.equals("keyQuestions")) {
      return rest.equals("keyQuestions") ? percent(code, 0) : standard(code, "rating");
    }
    return standard(code, item(rest));
  }

  private static String about(String code, FrameworkView framework, String which) {
    return standards(framework).stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .map(s -> title(s) + which + ": ")
        .orElse(code + which + ": ");
  }

  static String title(StandardView s) {
    return s.code() + " " + s.name();
  }

  /** "strengths[2]" is the strengths textarea's third line. */
  private static String item(String field) {
    Matcher m = ITEM.matcher(field);
    return m.matches() ? m.group(1) : field;
  }

  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String lines(List<String> items) {
    return items == null || items.isEmpty() ? null : String.join("\n", items);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
