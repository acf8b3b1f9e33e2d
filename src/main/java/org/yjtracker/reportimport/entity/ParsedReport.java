package org.yjtracker.reportimport.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The draft read from one inspection report. Everything the text does not show is null (or empty);
 * {@code sourceLines} says which 1-based input line each value came from, keyed by field path
 * ("score", "standards.2.1", "recommendations.3", "key_questions_percent_yes.2.1").
 *
 * <p>Codes key the per-standard maps: a standard ("2.1"), a domain ("2") for lists a report gives
 * for a whole domain, or "overall" for the report-wide lists of a Short Quality Screening.
 *
 * <p>The property order lists Java names because JSON-B orders by those, not by the JSON names.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "framework",
  "kind",
  "service",
  "localAuthority",
  "published",
  "fieldworkStart",
  "score",
  "overall",
  "standards",
  "keyQuestionsPercentYes",
  "professionalDiscretion",
  "recommendations",
  "jointInspection",
  "jointInspectorates",
  "casesInspected",
  "courtCases",
  "outOfCourtCases",
  "resettlementCases",
  "previousInspection",
  "strengthsCount",
  "strengths",
  "areasForImprovement",
  "prompts",
  "sourceLines",
  "warnings"
})
public record ParsedReport(
    @JsonbProperty("framework") Framework framework,
    /**
     * The kind of a 2025 inspection in the report's words ({@link ReportKind#words()}); null for
     * older frameworks.
     */
    @JsonbProperty("kind") String kind,
    @JsonbProperty("service") String service,
    @JsonbProperty("local_authority") String localAuthority,
    /** "2024-07" when the report gives a month, "2014-01-22" when it gives a full date. */
    @JsonbProperty("published") String published,
    /** "2019-09" when the report gives only the month fieldwork started, else the day. */
    @JsonbProperty("fieldwork_start") String fieldworkStart,
    @JsonbProperty("score") Integer score,
    @JsonbProperty("overall") Rating overall,
    @JsonbProperty("standards") Map<String, Rating> standards,
    @JsonbProperty("key_questions_percent_yes") Map<String, List<Integer>> keyQuestionsPercentYes,
    @JsonbProperty("professional_discretion") List<ProfessionalDiscretion> professionalDiscretion,
    @JsonbProperty("recommendations") List<ParsedRecommendation> recommendations,
    @JsonbProperty("joint_inspection") Boolean jointInspection,
    @JsonbProperty("joint_inspectorates") List<String> jointInspectorates,
    @JsonbProperty("cases_inspected") Integer casesInspected,
    @JsonbProperty("court_cases") Integer courtCases,
    @JsonbProperty("out_of_court_cases") Integer outOfCourtCases,
    @JsonbProperty("resettlement_cases") Integer resettlementCases,
    /** "2011-03": when the previous inspection of the service took place. */
    @JsonbProperty("previous_inspection") String previousInspection,
    @JsonbProperty("strengths_count") Integer strengthsCount,
    @JsonbProperty("strengths") Map<String, List<String>> strengths,
    @JsonbProperty("areas_for_improvement") Map<String, List<String>> areasForImprovement,
    @JsonbProperty("prompts") Map<String, List<PromptResult>> prompts,
    @JsonbProperty("source_lines") Map<String, Integer> sourceLines,
    @JsonbProperty("warnings") List<ParseWarning> warnings) {}
