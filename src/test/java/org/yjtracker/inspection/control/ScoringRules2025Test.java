package org.yjtracker.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.RatingBand;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.inspection.control.ScoringRules.Facts;
import org.yjtracker.inspection.control.ScoringRules.StandardFacts;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.testsupport.Frameworks;

/** The 2025 framework's rules are only what is published: nothing is derived in their place. */
class ScoringRules2025Test {

  private final Framework framework = Frameworks.hmip2025();

  @Test
  void eachKindExpectsOnlyTheDomainsItRates() {
    assertEquals(
        List.of("2.1", "2.2", "2.3", "V1"),
        framework.standardsRatedIn("CHILDREN_AND_VICTIMS").stream()
            .map(Standard::getCode)
            .toList());
    framework.domain("1").orElseThrow().addStandard("1.1", "Governance", false, false);
    assertEquals(
        List.of("2.1", "2.2", "2.3", "V1"),
        framework.standardsRatedIn("CHILDREN_AND_VICTIMS").stream()
            .map(Standard::getCode)
            .toList());
    assertTrue(
        framework.standardsRatedIn("YOUTH_JUSTICE_SERVICES").stream()
            .anyMatch(s -> s.getCode().equals("1.1")));
    assertEquals(7, framework.kind("YOUTH_JUSTICE_SERVICES").orElseThrow().getRatedAreas());
    assertTrue(framework.kind("STANDARD").isEmpty());
  }

  @Test
  void ratingsAsPublishedRaiseNoDisagreementAndNoScoreOrOverallIsDerived() {
    var rules = ScoringRules.of(framework, "CHILDREN_AND_VICTIMS");
    assertFalse(rules.bandsPercentages());
    var standards = new LinkedHashMap<String, StandardFacts>();
    standards.put("2.1", new StandardFacts(Rating.GOOD, List.of(), null));
    standards.put("2.2", new StandardFacts(Rating.OUTSTANDING, List.of(), null));
    standards.put("2.3", new StandardFacts(Rating.OUTSTANDING, List.of(), null));
    // Key questions given as percentages are kept, and give no rating of their own.
    standards.put("V1", new StandardFacts(Rating.REQUIRES_IMPROVEMENT, List.of(40, 90), null));
    var assessment = rules.assess(new Facts(null, Rating.GOOD, standards));
    assertEquals(List.of(), assessment.disagreements());
    assertNull(assessment.computedScore());
    assertNull(assessment.computedOverall());
    assertEquals(Map.of(), assessment.derivedRatings());
  }

  @Test
  void whatIsMissingIsStillSaid() {
    var rules = ScoringRules.of(framework, "CHILDREN_AND_VICTIMS");
    var standards = new LinkedHashMap<String, StandardFacts>();
    standards.put("2.1", new StandardFacts(Rating.GOOD, List.of(), null));
    var assessment = rules.assess(new Facts(null, null, standards));
    List<Disagreement.Kind> kinds =
        assessment.disagreements().stream().map(Disagreement::kind).toList();
    assertEquals(3, kinds.stream().filter(k -> k == Disagreement.Kind.MISSING_STANDARD).count());
    assertTrue(kinds.contains(Disagreement.Kind.MISSING_OVERALL));
    assertFalse(kinds.contains(Disagreement.Kind.MISSING_SCORE));
  }

  @Test
  void thresholdsAddedLaterAsDataGiveRatingsFromKeyQuestions() {
    framework.replaceBands(
        List.of(
            new RatingBand(Rating.OUTSTANDING, null, 80, null),
            new RatingBand(Rating.GOOD, null, 65, null),
            new RatingBand(Rating.REQUIRES_IMPROVEMENT, null, 50, null),
            new RatingBand(Rating.INADEQUATE, null, 0, null)));
    var rules = ScoringRules.of(framework, "CHILDREN_AND_VICTIMS");
    assertTrue(rules.bandsPercentages());
    var standards = new LinkedHashMap<String, StandardFacts>();
    standards.put("V1", new StandardFacts(Rating.GOOD, List.of(40, 90), null));
    var assessment = rules.assess(new Facts(null, Rating.GOOD, standards));
    assertEquals(Rating.INADEQUATE, assessment.derivedRatings().get("V1"));
    assertTrue(
        assessment.disagreements().stream()
            .anyMatch(d -> d.kind() == Disagreement.Kind.RATING_DIFFERS_FROM_KEY_QUESTIONS));
  }
}
