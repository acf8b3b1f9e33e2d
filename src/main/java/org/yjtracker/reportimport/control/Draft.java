package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParseWarning;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.PromptResult;
import org.yjtracker.reportimport.entity.Rating;
import org.yjtracker.reportimport.entity.ReportKind;

/**
 * The draft of one parse while the readers fill it in. Each reader writes a value together with the
 * line it came from; the first value wins, so a report pasted twice keeps its first reading.
 */
final class Draft {

  /**
   * Orders standard codes numerically ("2.10" after "2.9"), domains before their standards, codes
   * that start with a letter ("V1") after the numbered ones.
   */
  static final Comparator<String> BY_CODE = Draft::compareCodes;

  Framework framework;
  ReportKind kind;
  String service;
  String localAuthority;
  String published;

  /** "2019-09" or "2019-09-18", as the report gives it. */
  String fieldworkStart;

  Integer score;
  Rating overall;
  final Map<String, Rating> standards = new TreeMap<>(BY_CODE);
  final Map<String, List<Integer>> keyQuestions = new TreeMap<>(BY_CODE);
  final List<ProfessionalDiscretion> discretion = new ArrayList<>();
  final List<ParsedRecommendation> recommendations = new ArrayList<>();
  Boolean jointInspection;
  final List<String> jointInspectorates = new ArrayList<>();
  Integer casesInspected;
  Integer courtCases;
  Integer outOfCourtCases;
  Integer resettlementCases;
  String previousInspection;
  final Map<String, List<String>> strengths = new TreeMap<>(BY_CODE);
  final Map<String, List<String>> areasForImprovement = new TreeMap<>(BY_CODE);
  final Map<String, List<PromptResult>> prompts = new TreeMap<>(BY_CODE);
  private final Map<String, Integer> sourceLines = new LinkedHashMap<>();
  private final List<ParseWarning> warnings = new ArrayList<>();

  void source(String path, Line line) {
    sourceLines.putIfAbsent(path, line.number());
  }

  Integer sourceOf(String path) {
    return sourceLines.get(path);
  }

  void warn(String message, Line line) {
    warnings.add(new ParseWarning(message, line == null ? null : line.number()));
  }

  void warn(String message, Integer lineNumber) {
    warnings.add(new ParseWarning(message, lineNumber));
  }

  boolean hasStandard(String code) {
    return standards.containsKey(code);
  }

  void standard(String code, Rating rating, Line line) {
    if (standards.putIfAbsent(code, rating) == null) {
      source("standards." + code, line);
    }
  }

  ParsedReport build() {
    int strengthsCount = strengths.values().stream().mapToInt(List::size).sum();
    return new ParsedReport(
        framework,
        kind == null ? null : kind.words(),
        service,
        localAuthority,
        published,
        fieldworkStart,
        score,
        overall,
        copy(standards),
        copyLists(keyQuestions),
        List.copyOf(discretion),
        List.copyOf(recommendations),
        jointInspection,
        List.copyOf(jointInspectorates),
        casesInspected,
        courtCases,
        outOfCourtCases,
        resettlementCases,
        previousInspection,
        strengths.isEmpty() ? null : strengthsCount,
        copyLists(strengths),
        copyLists(areasForImprovement),
        copyLists(prompts),
        copy(sourceLines),
        List.copyOf(warnings));
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static <V> Map<String, List<V>> copyLists(Map<String, List<V>> map) {
    Map<String, List<V>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static int compareCodes(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(Findings.OVERALL) || b.equals(Findings.OVERALL)) {
      return a.equals(Findings.OVERALL) ? -1 : 1;
    }
    boolean lettersA = !a.isEmpty() && Character.isLetter(a.charAt(0));
    boolean lettersB = !b.isEmpty() && Character.isLetter(b.charAt(0));
    if (lettersA || lettersB) {
      // "V1", the victims' standard of 2025, after the numbered domains.
      return lettersA && lettersB ? a.compareTo(b) : lettersA ? 1 : -1;
    }
    int dotA = a.indexOf('.');
    int dotB = b.indexOf('.');
    int major = Integer.compare(number(a, 0, dotA), number(b, 0, dotB));
    if (major != 0) {
      return major;
    }
    if (dotA < 0 || dotB < 0) {
      return Integer.compare(dotA, dotB);
    }
    return Integer.compare(number(a, dotA + 1, -1), number(b, dotB + 1, -1));
  }

  /** The digits of {@code code} from {@code from} to {@code end} (-1: to the end or a dot). */
  private static int number(String code, int from, int end) {
    int value = 0;
    int stop = end < 0 ? code.length() : end;
    for (int i = from; i < stop && Character.isDigit(code.charAt(i)); i++) {
      value = value * 10 + (code.charAt(i) - '0');
    }
    return value;
  }
}
