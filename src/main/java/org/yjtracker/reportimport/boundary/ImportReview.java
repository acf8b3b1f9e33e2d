package org.yjtracker.reportimport.boundary;

import java.util.List;
import java.util.Map;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.ParseWarning;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.web.control.Choice;

/**
 * What the review page shows of a draft besides its form: where each value came from, what the
 * reader warns about, the services to choose from, the standards of the framework chosen and, for
 * each recommendation, the organisations that may own it.
 *
 * @param draft the draft as stored (the form may hold corrections not saved yet)
 * @param lines the text of the report's lines that values and warnings came from, by number
 * @param suggestedFor the service the owners are suggested for, or null when none is chosen
 * @param kinds the kinds of inspection of the framework chosen that a report names (2025: work with
 *     children and victims, or youth justice services); empty for the older frameworks
 */
public record ImportReview(
    long id,
    String caption,
    ParsedReport draft,
    Map<Integer, String> lines,
    List<OrganisationRef> namedLike,
    List<OrganisationRef> services,
    String serviceHint,
    Long suggestedFor,
    List<Choice> frameworks,
    boolean rated,
    boolean scored,
    boolean unrated,
    List<DomainBlock> domains,
    List<RowView> rows,
    List<Choice> kinds) {

  /** A domain of the framework, or the standards read that the framework does not have. */
  public record DomainBlock(
      String id, String heading, String note, List<StandardBlock> standards) {}

  /** One standard's fields: its rating, the % Yes of its key questions, any discretion. */
  public record StandardBlock(
      String code,
      String legend,
      List<String> questions,
      boolean discretion,
      List<Choice> ratings,
      String ratingSource,
      List<String> questionSources,
      String discretionSource) {}

  /** One recommendation's row: where it was read, and who may own it. */
  public record RowView(
      int index,
      Integer read,
      String source,
      List<OrganisationRef> candidates,
      List<Proposal> proposals,
      String ownersNote) {}

  /** An owner the directory does not have, which confirming can add. */
  public record Proposal(int index, OrganisationKind kind, String name) {}

  /** Where a value came from: "Line 82: ‘…’", or that the report does not give it. */
  public String source(String path, Object value) {
    return source(List.of(path), value, 160, false);
  }

  /**
   * @param paths the draft's source-line keys to try in turn
   * @param quiet say nothing (rather than "Not found in the report") when there is no value
   */
  public String source(List<String> paths, Object value, int max, boolean quiet) {
    Map<String, Integer> sources = draft.sourceLines() == null ? Map.of() : draft.sourceLines();
    for (String path : paths) {
      Integer line = sources.get(path);
      if (line != null) {
        String text = tidy(lines.get(line));
        return text.isEmpty() ? "Line " + line : "Line " + line + ": ‘" + clip(text, max) + "’";
      }
    }
    if (empty(value)) {
      return quiet ? null : "Not found in the report";
    }
    return "Worked out from the report as a whole";
  }

  /** The text of a warning's line, or null. */
  public String lineOf(ParseWarning warning) {
    if (warning.line() == null) {
      return null;
    }
    String text = tidy(lines.get(warning.line()));
    return text.isEmpty() ? null : "‘" + clip(text, 200) + "’";
  }

  public List<ParseWarning> warnings() {
    return draft.warnings() == null ? List.of() : draft.warnings();
  }

  /** A count of cases: its field, its words and where it was read. */
  public record CountField(String name, String label, String source) {}

  /** The cases the report counts, each with where it was read. */
  public List<CountField> counts() {
    return List.of(
        count("courtCases", "Court disposals", "court_cases", draft.courtCases()),
        count(
            "outOfCourtCases",
            "Out-of-court disposals",
            "out_of_court_cases",
            draft.outOfCourtCases()),
        count("resettlementCases", "Resettlement", "resettlement_cases", draft.resettlementCases()),
        count("casesInspected", "All cases inspected", "cases_inspected", draft.casesInspected()));
  }

  private CountField count(String name, String label, String path, Integer value) {
    return new CountField(name, label, source(List.of(path), value, 60, false));
  }

  /** A heading and the items read under it: strengths, areas for improvement or prompts. */
  public record FindingGroup(String heading, List<String> items) {}

  public int strengths() {
    return count(draft.strengths());
  }

  public int areas() {
    return count(draft.areasForImprovement());
  }

  public int prompts() {
    return count(draft.prompts());
  }

  /** What was read, by standard (or for the whole report), in the framework's order. */
  public List<FindingGroup> findings() {
    List<FindingGroup> groups = new java.util.ArrayList<>();
    add(groups, "Strengths", draft.strengths(), String::valueOf);
    add(groups, "Areas for improvement", draft.areasForImprovement(), String::valueOf);
    add(
        groups,
        "Prompts",
        draft.prompts(),
        p ->
            p instanceof org.yjtracker.reportimport.entity.PromptResult r
                ? r.percentYes() + "% " + r.text()
                : String.valueOf(p));
    return groups;
  }

  private static <T> void add(
      List<FindingGroup> groups,
      String title,
      Map<String, List<T>> lists,
      java.util.function.Function<Object, String> words) {
    if (lists == null) {
      return;
    }
    lists.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
        .sorted(Map.Entry.comparingByKey(DraftForm::compareCodes))
        .forEach(
            e ->
                groups.add(
                    new FindingGroup(
                        title
                            + ": "
                            + ("overall".equals(e.getKey()) ? "the whole report" : e.getKey()),
                        e.getValue().stream().map(words).toList())));
  }

  private static int count(Map<String, ? extends List<?>> lists) {
    return lists == null
        ? 0
        : lists.values().stream().mapToInt(l -> l == null ? 0 : l.size()).sum();
  }

  static boolean empty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof java.util.Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty())
        || Boolean.FALSE.equals(value);
  }

  private static String tidy(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  /** A long line shortened in its middle: values often end a line ("… safe? 33%"). */
  static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int tail = (int) Math.floor(max * 0.4);
    return text.substring(0, max - tail - 3).stripTrailing()
        + " … "
        + text.substring(text.length() - tail).stripLeading();
  }
}
