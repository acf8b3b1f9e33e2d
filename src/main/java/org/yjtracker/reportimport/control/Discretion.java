package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.Rating;

/**
 * Finds where the report says the ratings panel used professional discretion, in a footnote ("⁶
 * Professional discretion was used to upgrade the rating for implementation and delivery from Good
 * to Outstanding") or in prose ("the ratings panel applied professional discretion in relation to
 * ... assessment and reviewing"), and works out which standards it moved.
 *
 * <p>"From" is the band of the standard's lowest key question and "to" the published rating, as the
 * framework defines them; what the sentence itself says is only used to cross-check. A standard
 * whose rating differs from its band with no discretion stated is flagged, not fixed.
 */
final class Discretion {

  private static final Pattern STATED =
      Pattern.compile(
          "professional discretion (?:was|were|has been|had been|have been) (?:used|applied|exercised)"
              + "|(?:applied|used|exercised) (?:its )?professional discretion");
  private static final Pattern FROM_TO =
      Pattern.compile(
          "\\bfrom\\s+'?("
              + RatingWords.ALTERNATIVES
              + ")'?\\s+to\\s+'?("
              + RatingWords.ALTERNATIVES
              + ")'?");

  void read(ReportText text, SectionMap sections, Draft draft) {
    Map<String, Line> statements = new LinkedHashMap<>();
    Map<String, Rating[]> stated = new LinkedHashMap<>();
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      if (!line.lower().contains("discretion") || !STATED.matcher(line.lower()).find()) {
        continue;
      }
      Matcher fromTo = FROM_TO.matcher(line.lower());
      Rating[] claim =
          fromTo.find()
              ? new Rating[] {
                RatingWords.parse(fromTo.group(1)), RatingWords.parse(fromTo.group(2))
              }
              : null;
      for (String code : standardsOf(text, sections, i)) {
        statements.putIfAbsent(code, line);
        if (claim != null) {
          stated.putIfAbsent(code, claim);
        }
      }
    }
    List<String> codes = new ArrayList<>(statements.keySet());
    Collections.sort(codes, Draft.BY_CODE);
    for (String code : codes) {
      record(code, statements.get(code), stated.get(code), draft);
    }
    flagUnexplainedDifferences(statements.keySet(), draft);
  }

  /** The standards a discretion statement on line {@code index} is about. */
  private static Set<String> standardsOf(ReportText text, SectionMap sections, int index) {
    Line line = text.get(index);
    if (line.isFootnote()) {
      String referenced = referencingSection(text, sections, line);
      if (referenced != null) {
        return Set.of(referenced);
      }
    }
    String own = sections.standardAt(index);
    if (own != null) {
      return Set.of(own);
    }
    String domain = sections.domainAt(index);
    if (domain == null) {
      return Set.of();
    }
    String lower = line.lower();
    int start = lower.indexOf("discretion");
    int end = lower.indexOf('.', start);
    return StandardNames.namedInDomain(
        domain, lower.substring(start, end < 0 ? lower.length() : end));
  }

  /**
   * The standard whose section holds the one reference to this footnote, when the footnote does not
   * name a different kind of work. Extraction can damage markers (two footnotes both become "1"),
   * so an ambiguous or contradicted reference is not trusted.
   */
  private static String referencingSection(ReportText text, SectionMap sections, Line footnote) {
    String found = null;
    int references = 0;
    for (int i = 0; i < text.size(); i++) {
      Line line = text.get(i);
      if (!line.isFootnote() && line.refs().contains(footnote.footnote())) {
        references++;
        found = sections.standardAt(i);
      }
    }
    if (references != 1 || found == null) {
      return null;
    }
    String word = StandardNames.caseWorkWord(found);
    boolean namesOtherWork =
        word != null && !footnote.lower().contains(word) && namesCaseWork(footnote.lower());
    return namesOtherWork ? null : found;
  }

  private static boolean namesCaseWork(String lower) {
    return lower.contains("assess")
        || lower.contains("planning")
        || lower.contains("implementation")
        || lower.contains("review");
  }

  private static void record(String code, Line line, Rating[] claim, Draft draft) {
    Rating published = draft.standards.get(code);
    Rating band = band(draft.keyQuestions.get(code));
    Rating from = band != null ? band : claim == null ? null : claim[0];
    Rating to = published != null ? published : claim == null ? null : claim[1];
    if (from == null || to == null) {
      draft.warn(
          "The report records professional discretion for standard "
              + code
              + " but its key questions or published rating could not be read",
          line);
      return;
    }
    draft.discretion.add(new ProfessionalDiscretion(code, from, to));
    draft.source("professional_discretion." + code, line);
    if (band == null) {
      draft.warn(
          "Standard " + code + ": 'from' is as the text states it; no key questions found", line);
    }
    if (claim != null && (claim[0] != from || claim[1] != to)) {
      draft.warn(
          "Standard "
              + code
              + ": the text says discretion moved the rating from "
              + RatingWords.words(claim[0])
              + " to "
              + RatingWords.words(claim[1])
              + ", but the key questions give "
              + RatingWords.words(from)
              + " and the published rating is "
              + RatingWords.words(to),
          line);
    } else if (from == to) {
      draft.warn(
          "Standard "
              + code
              + ": the report records professional discretion, but the published rating is the"
              + " band of its key questions",
          line);
    }
  }

  private static void flagUnexplainedDifferences(Set<String> explained, Draft draft) {
    draft.keyQuestions.forEach(
        (code, values) -> {
          Rating published = draft.standards.get(code);
          Rating band = band(values);
          if (published != null && band != null && published != band && !explained.contains(code)) {
            draft.warn(
                "Standard "
                    + code
                    + " is published as "
                    + RatingWords.words(published)
                    + " but its lowest key question ("
                    + Collections.min(values)
                    + "%) is in the "
                    + RatingWords.words(band)
                    + " band, and the report records no professional discretion",
                draft.sourceOf("standards." + code));
          }
        });
  }

  private static Rating band(List<Integer> keyQuestions) {
    // With a key question missing, the lowest of the rest is not the standard's band.
    return keyQuestions == null || keyQuestions.size() < 3
        ? null
        : Rating.bandOf(Collections.min(keyQuestions));
  }
}
